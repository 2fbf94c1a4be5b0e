import type { Token } from '../tokens';
import { isAllCaps, isCapitalised } from '../tokens';

export interface AcronymDefinition {
  acronym: { start: number; end: number; text: string };
  full: { start: number; end: number; text: string };
}

const STOP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'for', 'on', 'and', 'et', 'in', 'en', 'à', 'au', 'aux', 'pour', 'contre', 'sur', 'against']);

/** How well the initials of the words from `from` fit the acronym's letters, in any order (ONUDC/UNODC). */
function fitScore(words: Token[], acronym: string): number {
  const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
  const initials = words.filter((w) => !STOP.has(w.text.toLowerCase())).map((w) => w.text[0]!.toUpperCase());
  let hits = 0;
  const pool = [...letters];
  for (const i of initials) {
    const at = pool.indexOf(i);
    if (at !== -1) {
      hits += 1;
      pool.splice(at, 1);
    }
  }
  // Half the letters at least: "PARIS (AFP)", a dateline's wire credit, shares one letter and defines nothing.
  if (hits * 2 < letters.length) return -Infinity;
  return hits - 0.5 * (initials.length - hits) - 0.25 * pool.length;
}

/** The words before "(" that the acronym abbreviates: the capitalised start whose initials fit best. */
function findFullName(tokens: Token[], open: number, acronym: string, isTitle: (t: Token) => boolean): [number, number] | null {
  const end = open - 1;
  let best: [number, number] | null = null;
  let bestScore = 0.5;
  for (let s = end; s >= 0 && end - s < 14; s -= 1) {
    const tok = tokens[s]!;
    if (!tok.word && tok.text !== "'") break;
    if (!tok.word || !isCapitalised(tok.text) || isTitle(tok)) continue;
    const words = tokens.slice(s, end + 1).filter((t) => t.word);
    const score = fitScore(words, acronym);
    if (score >= bestScore) [best, bestScore] = [[s, end], score];
  }
  return best;
}

/** "Full Name (ABC)" and "ABC (Full Name)" in either language. */
export function findAcronymDefinitions(text: string, tokens: Token[], isTitle: (t: Token) => boolean): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    const [open, inner, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (open.text !== '(' || close.text !== ')' || !isAllCaps(inner.text)) continue;
    const range = findFullName(tokens, i, inner.text, isTitle);
    if (!range) continue;
    const [s, e] = [tokens[range[0]]!, tokens[range[1]]!];
    found.push({ acronym: { start: inner.start, end: inner.end, text: inner.text }, full: { start: s.start, end: e.end, text: text.slice(s.start, e.end) } });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}-]{1,9})\s+\((\p{Lu}[^()]{3,120}?)\)/gu)) {
    const [acr, full] = [m[1]!, m[2]!];
    const words = full.split(/\s+/).map((w, k) => ({ text: w, start: k, end: k, word: true }));
    if (fitScore(words, acr) < Math.min(2, acr.length - 1)) continue;
    const fullStart = m.index + m[0].indexOf('(') + 1;
    found.push({ acronym: { start: m.index, end: m.index + acr.length, text: acr }, full: { start: fullStart, end: fullStart + full.length, text: full } });
  }
  return found;
}
