import type { Cluster } from '../coref';
import type { FoundRelation } from './apply';
import type { MaskedSentence } from './masked';

/**
 * Entities named in one sentence with no typed relation between them: weak evidence, one
 * CO_MENTIONED per pair with every such sentence, more sentences making it a little surer.
 */
export function findCoMentions(sentences: MaskedSentence[], clustersIn: (ms: MaskedSentence) => Cluster[], typed: FoundRelation[]): FoundRelation[] {
  const linked = new Set(typed.flatMap((r) => [`${r.source.id}|${r.target.id}`, `${r.target.id}|${r.source.id}`]));
  const found: FoundRelation[] = [];
  for (const ms of sentences) {
    const here = clustersIn(ms);
    for (let i = 0; i < here.length; i += 1) {
      for (let j = i + 1; j < here.length; j += 1) {
        const [a, b] = [here[i]!, here[j]!];
        if (a.id === b.id || linked.has(`${a.id}|${b.id}`)) continue;
        found.push({ type: 'CO_MENTIONED', source: a, target: b, confidence: 0.2, sentence: ms.sentence });
      }
    }
  }
  return found;
}
