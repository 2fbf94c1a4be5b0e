import type { Cluster } from '../coref';
import type { FoundRelation } from './apply';
import type { MaskedSentence } from './masked';

/**
 * Co-mentions grow with the square of the names in a sentence: one 4.6 KB sentence listing 300 names made 45,753
 * of them, which overflowed Neo4j's transaction memory, and said nothing a reader could use. So a sentence links
 * only entities named close together, and only so many pairs.
 */
export const CO_MENTION_LIMITS = {
  /** Two entities are linked when at most this many mentions apart in the sentence (neighbours are 1 apart). */
  window: 12,
  /** Pairs per sentence at most; the closest pairs are kept. The busiest sentence of the fixtures makes 44. */
  perSentence: 50,
};

/**
 * Entities named in one sentence with no typed relation between them: weak evidence, one CO_MENTIONED per pair
 * with every such sentence, more sentences making it a little surer. `clustersIn` gives the sentence's entities
 * in a fixed order (which sets each pair's direction) and `sequenceIn` its mentions' entities in text order.
 */
export function findCoMentions(
  sentences: MaskedSentence[],
  clustersIn: (ms: MaskedSentence) => Cluster[],
  sequenceIn: (ms: MaskedSentence) => Cluster[],
  typed: FoundRelation[],
  limits = CO_MENTION_LIMITS,
): FoundRelation[] {
  const linked = new Set(typed.flatMap((r) => [`${r.source.id}|${r.target.id}`, `${r.target.id}|${r.source.id}`]));
  const found: FoundRelation[] = [];
  for (const ms of sentences) {
    const here = clustersIn(ms);
    if (here.length < 2) continue;
    const rank = new Map(here.map((c, k) => [c, k]));
    const distance = closeDistances(sequenceIn(ms), limits.window);
    const pairs: { a: Cluster; b: Cluster; d: number; order: number }[] = [];
    for (const [key, d] of distance) {
      const [x, y] = key;
      const [a, b] = rank.get(x)! < rank.get(y)! ? [x, y] : [y, x];
      if (a.id === b.id || linked.has(`${a.id}|${b.id}`)) continue;
      pairs.push({ a, b, d, order: rank.get(a)! * here.length + rank.get(b)! });
    }
    const kept = pairs
      .sort((p, q) => p.d - q.d || p.order - q.order)
      .slice(0, limits.perSentence)
      .sort((p, q) => p.order - q.order);
    for (const { a, b } of kept) found.push({ type: 'CO_MENTIONED', source: a, target: b, confidence: 0.2, sentence: ms.sentence });
  }
  return found;
}

/** Each pair of distinct entities named within `window` mentions of each other, with the fewest mentions between. */
function closeDistances(sequence: Cluster[], window: number): Map<readonly [Cluster, Cluster], number> {
  const byPair = new Map<Cluster, Map<Cluster, number>>();
  for (let i = 0; i < sequence.length; i += 1) {
    for (let j = i + 1; j < sequence.length && j - i <= window; j += 1) {
      const [x, y] = [sequence[i]!, sequence[j]!];
      if (x === y) continue;
      const [p, q] = byPair.has(y) && byPair.get(y)!.has(x) ? [y, x] : [x, y];
      const inner = byPair.get(p) ?? new Map<Cluster, number>();
      inner.set(q, Math.min(inner.get(q) ?? Infinity, j - i));
      byPair.set(p, inner);
    }
  }
  const out = new Map<readonly [Cluster, Cluster], number>();
  for (const [p, inner] of byPair) for (const [q, d] of inner) out.set([p, q] as const, d);
  return out;
}
