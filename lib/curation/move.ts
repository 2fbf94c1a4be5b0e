import type { ManagedTransaction } from 'neo4j-driver';
import { isRelationType } from '@/lib/model';
import { orientRelation } from '@/lib/graph/co-mentions';

type RelationRow = { eid: string; type: string; source: string; target: string; props: RelationProps };
type RelationProps = {
  articleIds: string[];
  evidence: string[];
  evidenceArticleIds: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  evidenceConfidences: number[];
  confidence: number;
};

const READ_RELATIONS = `
MATCH (:Entity {id: $id})-[r]-(:Entity)
WITH DISTINCT r
RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props`;

/** `$type` is a RELATION_TYPES entry (checked before). Appends the moved evidence to the (possibly existing) relation. */
const ADD_SUPPORT = `
MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
MERGE (s)-[r:$($type)]->(t)
  ON CREATE SET r.articleIds = [], r.evidence = [], r.evidenceArticleIds = [], r.evidenceStarts = [],
                r.evidenceEnds = [], r.evidenceConfidences = [], r.confidence = 0.0
SET r.articleIds = r.articleIds + [x IN $moved.articleIds WHERE NOT x IN r.articleIds],
    r.evidence = r.evidence + $moved.evidence,
    r.evidenceArticleIds = r.evidenceArticleIds + $moved.evidenceArticleIds,
    r.evidenceStarts = r.evidenceStarts + [x IN $moved.evidenceStarts | toInteger(x)],
    r.evidenceEnds = r.evidenceEnds + [x IN $moved.evidenceEnds | toInteger(x)],
    r.evidenceConfidences = r.evidenceConfidences + $moved.evidenceConfidences,
    r.confidence = CASE WHEN $moved.confidence > r.confidence THEN $moved.confidence ELSE r.confidence END`;

const KEEP_SUPPORT = `
MATCH ()-[r]->() WHERE elementId(r) = $eid
SET r += $kept`;
const DELETE_RELATION = 'MATCH ()-[r]->() WHERE elementId(r) = $eid DELETE r';

/** One piece of a relation's support: the article and the sentence it came from. */
export type Support = { articleId: string; sentence: string | null };

/**
 * Moves the support of `fromId`'s relations that `take` accepts to `toId`: the evidence entries go along with
 * their article ids, offsets and confidences, and join the evidence of a relation `toId` already has (duplicates
 * combine). An article id goes with the evidence from it (both sides keep it when its evidence is split; an
 * article with no evidence entry is asked with a null sentence). A relation left with no support is deleted.
 * Nothing is lost.
 */
export async function moveRelationSupport(tx: ManagedTransaction, fromId: string, toId: string, take: (support: Support) => boolean): Promise<string[]> {
  const rows = (await tx.run(READ_RELATIONS, { id: fromId })).records.map((r) => r.toObject() as RelationRow);
  const neighbours = new Set<string>();
  for (const row of rows) {
    if (!isRelationType(row.type)) throw new Error(`Unknown relation type ${row.type} on ${fromId}`);
    const p = row.props;
    const idx = p.evidenceArticleIds.map((_, i) => i);
    const movedIdx = idx.filter((i) => take({ articleId: p.evidenceArticleIds[i] as string, sentence: (p.evidence[i] as string | undefined) ?? null }));
    const keptIdx = idx.filter((i) => !movedIdx.includes(i));
    const withEvidence = (which: number[]) => new Set(which.map((i) => p.evidenceArticleIds[i]));
    const [movedWith, keptWith] = [withEvidence(movedIdx), withEvidence(keptIdx)];
    const bare = (a: string) => !movedWith.has(a) && !keptWith.has(a);
    const movedArticles = p.articleIds.filter((a) => movedWith.has(a) || (bare(a) && take({ articleId: a, sentence: null })));
    const keptArticles = p.articleIds.filter((a) => keptWith.has(a) || (bare(a) && !take({ articleId: a, sentence: null })));
    if (movedIdx.length === 0 && movedArticles.length === 0) continue;
    const pick = (list: unknown[], which: number[]) => which.map((i) => list[i]);
    const part = (which: number[], articleIds: string[]) => ({
      articleIds,
      evidence: pick(p.evidence, which),
      evidenceArticleIds: pick(p.evidenceArticleIds, which),
      evidenceStarts: pick(p.evidenceStarts, which),
      evidenceEnds: pick(p.evidenceEnds, which),
      evidenceConfidences: pick(p.evidenceConfidences, which),
      confidence: Math.max(0, ...(pick(p.evidenceConfidences, which) as number[])),
    });
    const swap = (id: string) => (id === fromId ? toId : id);
    // Oriented: moving b→c onto a may meet an existing c→a co-mention, which must absorb it rather than double it.
    const ends = orientRelation({ type: row.type, source: swap(row.source), target: swap(row.target) });
    await tx.run(ADD_SUPPORT, { type: row.type, source: ends.source, target: ends.target, moved: part(movedIdx, movedArticles) });
    if (keptArticles.length === 0 && keptIdx.length === 0) await tx.run(DELETE_RELATION, { eid: row.eid });
    else await tx.run(KEEP_SUPPORT, { eid: row.eid, kept: part(keptIdx, keptArticles) });
    neighbours.add(row.source).add(row.target);
  }
  return [...neighbours];
}
