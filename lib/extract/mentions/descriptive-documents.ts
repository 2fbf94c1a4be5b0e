import type { Mention } from './types';

/** Case-insensitive first letter only: the /i flag would make \p{Ll} match capitals too. */
const ci = (alternatives: string) => alternatives.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const PRE = 'universal|international|legal|global|regional|multilateral|drug control|counter-terrorism|United Nations|UN|relevant|existing|core|key';
const HEAD = 'legal instruments|instruments|conventions|treaties|protocols|traités|protocoles';
const POST = "(?:juridiques|légaux|internationaux|internationales|universels|universelles|des Nations Unies|de l'ONU|pertinents|pertinentes|multilatéraux)";
const STOP = '(?:is|are|was|were|has|have|had|and|et|sont|est|a|ont|which|that|qui|que|to|in|for|with|by|of|as|at|from|dans|pour|avec|par|au|aux)';
/** A lowercase word that is not a function word nor a French finite verb ("insistent", "avait"). */
const WORD = `(?!${STOP}(?![\\p{L}-]))(?![\\p{L}-]*(?:[^m]ent|aient|ait)(?![\\p{L}-]))\\p{Ll}[\\p{L}-]*`;
const NP = `(?:(?:the|le|la|les|l')\\s*)?${WORD}(?:\\s+${WORD}){0,2}`;
const LIST = `${NP}(?:(?:\\s*,\\s*|\\s+(?:and|et)\\s+|\\s*,\\s*(?:and|et)\\s+)${NP}){0,5}`;
const COMPLEMENT = `\\s+(?:against|on|contre|sur|relatifs? à|relatives? à|de lutte contre)\\s+${LIST}`;
const DESCRIPTIVE = new RegExp(`(?<![\\p{L}])((?:(?:${ci(PRE)})\\s+)*)((?:${ci(HEAD)}))((?:\\s+${POST})*)(${COMPLEMENT})?`, 'gu');

/**
 * Documents named by description rather than title: "the universal legal instruments against
 * terrorism", "United Nations conventions on corruption, drug control and transnational organized
 * crime", "instruments juridiques internationaux contre le terrorisme". A head (instruments,
 * conventions, treaties, protocols) needs two modifiers, or one and a complement, to count:
 * "the conventions" alone names nothing.
 */
export function findDescriptiveDocuments(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(DESCRIPTIVE)) {
    const [all, pre = '', head = '', post = '', complement = ''] = m;
    const modifiers = (pre.trim() ? pre.trim().split(/\s+/).length : 0) + (post.trim() ? post.trim().split(/\s+/).length : 0);
    const legal = /legal|juridiques|légaux/i.test(head + pre + post);
    if (modifiers < (complement ? 1 : 2) && !(legal && complement)) continue;
    found.push({ start: m.index, end: m.index + all.length, text: all, type: 'Document', role: 'name', name: all, sure: true });
  }
  return found;
}
