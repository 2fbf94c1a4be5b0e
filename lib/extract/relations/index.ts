import type { ExtractedRelation } from '@/lib/model';
import type { Cluster } from '../coref';
import type { Sentence } from '../sentences';
import { findCoMentions } from './co-mentions';
import type { MaskedSentence } from './masked';
import { findTypedPass, mergeFound } from './typed';

export { findRelationsAmong, joinRelations } from './among-entities';

export interface RelationSpan {
  start: number;
  end: number;
}

/** Typed relations from patterns and gazetteer facts, then co-mentions for what is left unlinked. */
export function findRelations(
  clusters: Cluster[],
  sentences: Sentence[],
  text: string,
  toSpan: (start: number, end: number) => ExtractedRelation['evidence'][number],
): ExtractedRelation[] {
  const { typed, masked, index, owners } = findTypedPass(clusters, sentences, text);
  const clustersIn = (ms: MaskedSentence) => [...new Set(index.within(ms.sentence).map((m) => owners.get(m)!))];
  const sequenceIn = (ms: MaskedSentence) =>
    index
      .within(ms.sentence)
      .sort((a, b) => a.start - b.start)
      .map((m) => owners.get(m)!);
  const all = mergeFound([...typed, ...findCoMentions(masked, clustersIn, sequenceIn, typed)]);
  return all
    .map((r) => ({
      type: r.type,
      source: r.source.id,
      target: r.target.id,
      confidence: r.confidence,
      evidence: r.sentences.map((s) => toSpan(s.start, s.end)),
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
