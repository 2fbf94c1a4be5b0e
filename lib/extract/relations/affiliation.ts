import type { Cluster } from '../coref';
import { isMatchReport } from '../sport';
import { lexiconTest } from './macros';

/** What the article is about, read once per article: "Tottenham's Udogie" is a player only in sport news. */
export interface ArticleContext {
  sport: boolean;
}

const PARTY = lexiconTest('PARTY_NAME');
const SPORT = new RegExp(lexiconTest('SPORT_CONTEXT').source, 'giu');

/** Sport news names its matches, goals and leagues again and again; three such words make it sport, and so does a match report's score. */
export function readContext(text: string): ArticleContext {
  let hits = 0;
  SPORT.lastIndex = 0;
  while (hits < 3 && SPORT.exec(text)) hits += 1;
  return { sport: hits >= 3 || isMatchReport(text) };
}

/**
 * "Labour's Karen Shore", "Tottenham's Destiny Udogie", "Teddy Kareta of Villanova University": the same
 * words tie a person to a party, a club or an employer. A party's name decides first, then the kind of article.
 * A staff role (`staff`: "le vice-président du Rassemblement national") makes a party's member, else an employee.
 */
export function affiliationType(target: Cluster, context: ArticleContext, otherwise = 'WORKS_FOR', staff = false): string {
  if (PARTY.test(target.name)) return 'MEMBER_OF';
  if (staff) return otherwise;
  return context.sport ? 'PLAYS_FOR' : otherwise;
}
