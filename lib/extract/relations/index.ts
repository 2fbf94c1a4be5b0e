import type { ExtractedRelation } from '@/lib/model';
import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import type { Sentence } from '../sentences';
import { applyCrossSentencePatterns, applyPatterns, type FoundRelation } from './apply';
import { findCoMentions } from './co-mentions';
import { findKnownRelations } from './known';
import { indexMentions, maskSentence, type MaskedSentence } from './masked';

export interface RelationSpan {
  start: number;
  end: number;
}

/** Merges repeats of one relation: evidence from each sentence once, the best confidence, a bonus for repetition. */
function merge(found: FoundRelation[]): { type: string; source: Cluster; target: Cluster; confidence: number; sentences: Sentence[] }[] {
  const byKey = new Map<string, { type: string; source: Cluster; target: Cluster; confidence: number; sentences: Sentence[] }>();
  for (const r of found) {
    const key = `${r.type}|${r.source.id}|${r.target.id}`;
    const existing = byKey.get(key) ?? { type: r.type, source: r.source, target: r.target, confidence: 0, sentences: [] };
    existing.confidence = Math.max(existing.confidence, r.confidence);
    if (!existing.sentences.includes(r.sentence)) existing.sentences.push(r.sentence);
    byKey.set(key, existing);
  }
  for (const r of byKey.values()) {
    const bonus = r.type === 'CO_MENTIONED' ? 0.05 : 0.02;
    r.confidence = Math.min(r.type === 'CO_MENTIONED' ? 0.4 : 0.98, r.confidence + bonus * (r.sentences.length - 1));
  }
  return [...byKey.values()];
}

/** Typed relations from patterns and gazetteer facts, then co-mentions for what is left unlinked. */
export function findRelations(
  clusters: Cluster[],
  sentences: Sentence[],
  text: string,
  toSpan: (start: number, end: number) => ExtractedRelation['evidence'][number],
): ExtractedRelation[] {
  const owners = new Map<Mention, Cluster>(clusters.flatMap((c) => c.mentions.map((m) => [m, c] as const)));
  const index = indexMentions(owners);
  const masked: MaskedSentence[] = sentences.map((s) => maskSentence(s, text, owners, index));
  const inside = (ms: MaskedSentence) => new Map(index.within(ms.sentence).map((m) => [m, owners.get(m)!] as const));
  let previous: Cluster | undefined;
  const typed = masked.flatMap((ms) => {
    const found = [...applyPatterns(ms, previous), ...findKnownRelations(ms, inside(ms), clusters)];
    previous = [...ms.slots].reverse().find((s) => s.cluster.type === 'Organization')?.cluster ?? previous;
    return found;
  });
  for (let i = 0; i + 1 < sentences.length; i += 1) {
    const [a, b] = [sentences[i]!, sentences[i + 1]!];
    if (!/^(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}/u.test(b.text)) continue;
    const pair = { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
    typed.push(...applyCrossSentencePatterns(maskSentence(pair, text, owners, index)));
  }
  const clustersIn = (ms: MaskedSentence) => [...new Set(index.within(ms.sentence).map((m) => owners.get(m)!))];
  const sequenceIn = (ms: MaskedSentence) =>
    index
      .within(ms.sentence)
      .sort((a, b) => a.start - b.start)
      .map((m) => owners.get(m)!);
  const all = merge([...typed, ...findCoMentions(masked, clustersIn, sequenceIn, typed)]);
  return all
    .map((r) => ({
      type: r.type,
      source: r.source.id,
      target: r.target.id,
      confidence: Math.round(r.confidence * 100) / 100,
      evidence: r.sentences.map((s) => toSpan(s.start, s.end)),
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
