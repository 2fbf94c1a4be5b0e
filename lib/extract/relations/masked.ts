import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import type { Sentence } from '../sentences';

export interface MaskedSentence {
  sentence: Sentence;
  masked: string;
  /** Index k of ⟦k⟧ → the mention and its entity. */
  slots: { mention: Mention; cluster: Cluster }[];
}

/**
 * Replaces each mention in the sentence by ⟦k⟧ so patterns can say "{S} a fait un exposé devant {T}".
 * Overlapping mentions (a topic inside a document's name) keep the outer one.
 */
export function maskSentence(sentence: Sentence, text: string, owners: Map<Mention, Cluster>): MaskedSentence {
  const inside = [...owners.keys()]
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: MaskedSentence['slots'] = [];
  let masked = '';
  let at = sentence.start;
  for (const mention of inside) {
    if (mention.start < at) continue;
    masked += text.slice(at, mention.start) + `⟦${slots.length}⟧`;
    slots.push({ mention, cluster: owners.get(mention)! });
    at = mention.end;
  }
  masked += text.slice(at, sentence.end);
  return { sentence, masked, slots };
}
