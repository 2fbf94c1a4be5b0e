import data from '../data/elided-owner-roles.json';
import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import { lastSentenceBreak } from '../sentences';
import { lexiconTest } from './macros';

const PARTY = lexiconTest('PARTY_NAME');
const COURT = lexiconTest('COURT_NAME');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const words = (list: string[]) => list.map(escape).join('|');
/** How far back the company may have been named: a few sentences, not the whole article. */
const REACH = 600;

/**
 * "the chief executive, X", "X, the chief executive,", "Son directeur général, X", "le patron, X": an article or
 * possessive before a role of elided-owner-roles.json with no "of …" after it. The determiner (never the role) is
 * the mention, so the role patterns read "⟦the⟧ chief executive, ⟦X⟧" like "⟦Shell⟧ chief executive ⟦X⟧".
 */
const ELIDED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<word>${words([...data.articles, ...data.possessives])})\\s+(?:(?:new|nouveau|nouvelle|current|actuel|actuelle)\\s+)?` +
    `(?:${data.roles.join('|')})(?![\\p{L}\\p{N}-])(?!\\s+(?:of|at|for|de|du|des|d['’]|chez|à|au|aux)(?![\\p{L}]))`,
  'giu',
);
const POSSESSIVE = new RegExp(`^(?:${words(data.possessives)})$`, 'iu');

/** A company or club: not a party, not a court, not in the gazetteer (the UN has no "chief executive" here). */
const isCompany = (c: Cluster) => c.type === 'Organization' && !c.entry && !PARTY.test(c.name) && !COURT.test(c.name);

/**
 * The company or club each elided owner stands for: the first one named in the latest sentence naming one (its
 * subject, as news writes it: "Renault a dépassé Stellantis. Son directeur général" is Renault's), within a few
 * sentences. A possessive whose nearest name before it is a person's is that person's ("Emmanuel Macron et son
 * Premier ministre"), so it stands for nothing. For the relation patterns only, like the definite references.
 */
export function findElidedOwners(text: string, owners: Map<Mention, Cluster>): Map<Mention, Cluster> {
  const found = new Map<Mention, Cluster>();
  const named = [...owners].filter(([, c]) => c.type === 'Organization' || c.type === 'Person').sort((a, b) => a[0].start - b[0].start);
  if (!named.some(([, c]) => isCompany(c))) return found;
  ELIDED.lastIndex = 0;
  let [k, widest] = [0, 0];
  for (let m = ELIDED.exec(text); m; m = ELIDED.exec(text)) {
    const determiner = m.groups!.word!;
    const start = m.index;
    for (; k < named.length && named[k]![0].start < start; k += 1) widest = Math.max(widest, named[k]![0].end);
    // Inside a name ("The Boss Baby", "Le Patron"): a mention covers the determiner.
    if (k === 0 || widest > start) continue;
    if (POSSESSIVE.test(determiner) && named[k - 1]![1].type === 'Person') continue;
    // The latest company within reach, then the first company of its sentence (walking back a few mentions only).
    let j = k - 1;
    while (j >= 0 && named[j]![0].start >= start - REACH && !isCompany(named[j]![1])) j -= 1;
    if (j < 0 || named[j]![0].start < start - REACH) continue;
    const last = named[j]!;
    const from = Math.max(0, last[0].start - 300);
    const sentenceStart = from + lastSentenceBreak(text.slice(from, last[0].start));
    let owner = last[1];
    for (let i = j - 1; i >= 0 && named[i]![0].start >= sentenceStart; i -= 1) if (isCompany(named[i]![1])) owner = named[i]![1];
    found.set({ start, end: start + determiner.length, text: determiner, type: 'Organization', role: 'bare', sure: false }, owner);
  }
  return found;
}
