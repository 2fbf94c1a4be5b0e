import data from '../data/pattern-adverbs.json';
import type { MaskedSentence } from './masked';

const ADVERB = new RegExp(
  `(?<=[\\p{L}\\p{N}⟧,])\\s+(?:${data.adverbs
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/'/g, "['’]"))
    .join('|')})(?=\\s+[\\p{L}⟦])`,
  'giu',
);

/**
 * The masked sentence with the adverbs of pattern-adverbs.json taken out, for the relation patterns: "⟦0⟧ previously
 * played for ⟦1⟧" reads as "⟦0⟧ played for ⟦1⟧". Slots keep their mentions, so evidence and offsets are unchanged.
 */
export function withoutAdverbs(ms: MaskedSentence): MaskedSentence {
  const masked = ms.masked.replace(ADVERB, '');
  return masked === ms.masked ? ms : { ...ms, masked };
}
