import type { Cluster } from '../coref';
import { normaliseName } from '../slug';
import type { FoundRelation } from './apply';
import type { MaskedSentence } from './masked';

/**
 * "La ministre du Travail, de la Santé et des Solidarités, Catherine Vautrin" leads the "ministère de la Santé" the
 * article names elsewhere; "Health Secretary Wes Streeting" the "Department of Health and Social Care". The title and
 * the ministry share a portfolio word, not a string, so no plain pattern ties them: the title's capitalised words
 * are matched against the portfolio words of each ministry named in the article.
 */
const MINISTRY = /^(?:(?:le|la|the)\s+)?(?:ministère|ministry|department|secrétariat d'état)\s+(?:of|for|de la|de l'|du|des|de|d'|à la|aux|au)\s*(?:the\s+)?(.+)$/iu;
/**
 * "du Travail, de la Santé et des Familles": connectors and capitalised words, one token at a time with a space or
 * comma after each, so there is one way only to read a run (no backtracking blow-up on a long title). No 'i' flag:
 * with it \p{Lu} matches any letter.
 */
const LINK = "(?:of|for|and|the|de la|de l'|du|des|de|d'|à la|aux|au|et)";
const PORTFOLIO = `(?:${LINK}\\s+|d'|l'|(?:\\p{Lu}[\\p{L}'’-]*|⟦\\d+⟧)(?:,\\s*|\\s+))+`;
const TITLE = '[Mm]inistre|[Mm]inister|[Ss]ecretary';
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TITLE})(?:\\s+(?:déléguée?|chargée?))?\\s+(${LINK}\\s*${PORTFOLIO})(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\\.?\\s+)?⟦(\\d+)⟧`, 'gu');
const TITLE_AFTER = new RegExp(
  `⟦(\\d+)⟧,\\s*(?:(?:the|le|la|l')\\s*)?(?:[\\p{L}-]+\\s+){0,2}?(?:${TITLE})(?:\\s+(?:déléguée?|chargée?))?\\s+(${LINK}\\s*(?:${LINK}\\s+|d'|l'|\\p{Lu}[\\p{L}'’-]*(?:,\\s*|\\s+|$))+)`,
  'gu',
);
/** "Health Secretary Wes Streeting", "Defence Minister Jane Doe". */
const TITLE_EN = /((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:Secretary|Minister)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?⟦(\d+)⟧/gu;

const STOP = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'la',
  'l',
  'du',
  'des',
  'd',
  'a',
  'aux',
  'au',
  'et',
  'state',
  'etat',
  'affairs',
  'affaires',
  'minister',
  'ministre',
  'secretary',
]);
const wordsOf = (s: string) =>
  new Set(
    normaliseName(s)
      .split(/[\s'’-]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );

/** "ministère de la Santé", "Ministry of Defence", "Department of Health and Social Care". */
export function isMinistry(c: Cluster): boolean {
  return c.type === 'Organization' && MINISTRY.test(c.name);
}

export function findMinistryRelations(ms: MaskedSentence, clusters: Cluster[]): FoundRelation[] {
  if (!/minist|secretary/iu.test(ms.masked)) return [];
  const ministries = clusters.flatMap((c) => {
    const m = c.type === 'Organization' ? MINISTRY.exec(c.name) : null;
    return m ? [{ c, words: wordsOf(m[1]!) }] : [];
  });
  if (ministries.length === 0) return [];
  const found: FoundRelation[] = [];
  const add = (slot: string, portfolio: string) => {
    const person = ms.slots[Number(slot)]?.cluster;
    if (person?.type !== 'Person') return;
    const words = wordsOf(portfolio);
    for (const { c, words: own } of ministries) {
      if ([...own].some((w) => words.has(w))) found.push({ type: 'LEADS', source: person, target: c, confidence: 0.75, sentence: ms.sentence });
    }
  };
  for (const m of ms.masked.matchAll(TITLE_BEFORE)) add(m[2]!, m[1]!);
  for (const m of ms.masked.matchAll(TITLE_AFTER)) add(m[1]!, m[2]!);
  for (const m of ms.masked.matchAll(TITLE_EN)) add(m[2]!, m[1]!);
  return found;
}
