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
export function maskSentence(sentence: Sentence, text: string, owners: Map<Mention, Cluster>, index: MentionIndex = indexMentions(owners)): MaskedSentence {
  const inside = index.within(sentence).sort((a, b) => a.start - b.start || b.end - a.end);
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

/** The mentions within a span, in the owners map's order; found by binary search instead of a scan per sentence. */
export interface MentionIndex {
  within(span: { start: number; end: number }): Mention[];
}

export function indexMentions(owners: Map<Mention, Cluster>): MentionIndex {
  const all = [...owners.keys()].map((m, order) => ({ m, order }));
  const byStart = [...all].sort((a, b) => a.m.start - b.m.start);
  return {
    within(span) {
      let [lo, hi] = [0, byStart.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byStart[mid]!.m.start < span.start) lo = mid + 1;
        else hi = mid;
      }
      const found: { m: Mention; order: number }[] = [];
      for (let k = lo; k < byStart.length && byStart[k]!.m.start <= span.end; k += 1) if (byStart[k]!.m.end <= span.end) found.push(byStart[k]!);
      return found.sort((a, b) => a.order - b.order).map((x) => x.m);
    },
  };
}
