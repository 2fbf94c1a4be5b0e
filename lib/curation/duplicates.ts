import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { BadInputError } from '@/lib/errors';
import type { EntityType } from '@/lib/model';
import { blockingKeys, formsOf, scorePair, type Form, type NamedEntity } from './duplicate-score';

export type DuplicatePair = { a: NamedEntity; b: NamedEntity; score: number; reasons: string[]; sharedArticles: number };

/** Upper bounds that keep one listing fast whatever the graph's size (see PERFORMANCE-NOTES). */
const MAX_ENTITIES = 20_000;
/** A word shared by more entities than this ("united", "ministry") says nothing about duplicates. */
const MAX_BUCKET = 40;
/** Full names with the same initials, compared with the (few) entities named by those initials. */
const MAX_EXPANSIONS = 400;

const LIST_NAMED_ENTITIES = `
MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.articleCount, 0) AS articleCount
ORDER BY articleCount DESC, e.id LIMIT $limit`;

/** Every dismissal, bounded: curators dismiss pairs one by one, so there are far fewer than this. */
const DISMISSED = 'MATCH (d:DuplicateDismissal) RETURN d.id AS key LIMIT $limit';
const MAX_DISMISSALS = 100_000;

/** For each pair: the articles naming both, and the typed relations between them (co-mention aside). */
const PAIR_CONTEXT = `
UNWIND $pairs AS p
MATCH (a:Entity {id: p.a}), (b:Entity {id: p.b})
OPTIONAL MATCH (a)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b)
WITH p, a, b, count(DISTINCT art) AS shared
OPTIONAL MATCH (a)-[r]-(b) WHERE type(r) <> 'CO_MENTIONED'
RETURN p.a AS a, p.b AS b, shared, collect(DISTINCT type(r)) AS links`;

const DISMISS = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MERGE (d:DuplicateDismissal {id: $key})
  ON CREATE SET d.a = $a, d.b = $b, d.names = [a.name, b.name], d.at = $at, d.actor = $actor
RETURN d.id AS key`;
const UNDISMISS = 'MATCH (d:DuplicateDismissal {id: $key}) DELETE d RETURN count(*) AS n';
const LIST_DISMISSED = `
MATCH (d:DuplicateDismissal)
RETURN d.id AS key, d.a AS a, d.b AS b, d.names AS names, d.at AS at ORDER BY d.at DESC LIMIT $limit`;

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Likely duplicates: same type, names that match once normalised, an acronym and its full name, one name inside
 * another, a typo apart, or shared words; shared articles raise the score. Dismissed pairs never come back.
 */
export async function listDuplicateCandidates({ type = null, limit = 50 }: { type?: EntityType | null; limit?: number } = {}): Promise<DuplicatePair[]> {
  const rows = await readQuery(LIST_NAMED_ENTITIES, { type, limit: int(MAX_ENTITIES) });
  const entities = rows.records.map((r) => r.toObject() as NamedEntity);
  const scored = scoreBuckets(entities);
  const dismissed = await readQuery(DISMISSED, { limit: int(MAX_DISMISSALS) });
  const gone = new Set(dismissed.records.map((r) => r.get('key') as string));
  const open = scored.filter((p) => !gone.has(pairKey(p.a.id, p.b.id))).slice(0, limit * 3);
  const context = await readQuery(PAIR_CONTEXT, { pairs: open.map((p) => ({ a: p.a.id, b: p.b.id })) });
  const contextOf = new Map(context.records.map((r) => [pairKey(r.get('a'), r.get('b')), { shared: Number(r.get('shared')), links: r.get('links') as string[] }]));
  return open
    .map((p) => withContext(p, contextOf.get(pairKey(p.a.id, p.b.id)) ?? { shared: 0, links: [] }))
    .sort(byScore)
    .slice(0, limit);
}

/**
 * Shared articles raise the score. A typed relation between the two ("UNODC PART_OF United Nations") says they
 * are two things, so the pair drops (it stays listed, with the reason, in case the relation is the mistake).
 */
function withContext(p: DuplicatePair, { shared, links }: { shared: number; links: string[] }): DuplicatePair {
  if (links.length > 0) return { ...p, score: p.score * 0.5, reasons: [...p.reasons, `linked by ${links.join(', ')}, so probably two entities`] };
  if (shared === 0) return p;
  const reasons = [...p.reasons, `both named in ${shared} article${shared === 1 ? '' : 's'}`];
  return { ...p, sharedArticles: shared, score: Math.min(1, p.score + Math.min(0.15, 0.05 * shared)), reasons };
}

/** Compares only entities that share a blocking key; the better-known entity of a pair comes first (the one to keep). */
export function scoreBuckets(entities: NamedEntity[]): DuplicatePair[] {
  const buckets = new Map<string, NamedEntity[]>();
  const forms = new Map<string, Form[]>(entities.map((e) => [e.id, formsOf(e)]));
  for (const e of entities) {
    for (const key of blockingKeys(e, forms.get(e.id)!)) {
      const members = buckets.get(key);
      if (members) members.push(e);
      else buckets.set(key, [e]);
    }
  }
  const pairs = new Map<string, DuplicatePair>();
  const seen = new Set<string>();
  const compare = (x: NamedEntity, y: NamedEntity) => {
    const key = pairKey(x.id, y.id);
    if (x.id === y.id || seen.has(key)) return;
    seen.add(key);
    const s = scorePair(forms.get(x.id)!, forms.get(y.id)!);
    if (!s) return;
    const [a, b] = keepFirst(x, y);
    pairs.set(key, { a, b, score: s.score, reasons: [s.reason], sharedArticles: 0 });
  };
  for (const [key, members] of buckets) {
    if (key.includes('|x:')) {
      const acronyms = buckets.get(key.replace('|x:', '|w:')) ?? [];
      if (acronyms.length > MAX_BUCKET || members.length > MAX_EXPANSIONS) continue;
      for (const x of members) for (const y of acronyms) compare(x, y);
    } else if (members.length <= MAX_BUCKET) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) compare(members[i]!, members[j]!);
    }
  }
  return [...pairs.values()].sort(byScore);
}

/** More articles first, then the longer name ("Paris Saint-Germain" over "PSG"), then the id for stability. */
function keepFirst(x: NamedEntity, y: NamedEntity): [NamedEntity, NamedEntity] {
  const order = y.articleCount - x.articleCount || y.name.length - x.name.length || x.id.localeCompare(y.id);
  return order > 0 ? [y, x] : [x, y];
}

const byScore = (p: DuplicatePair, q: DuplicatePair) => q.score - p.score || pairKey(p.a.id, p.b.id).localeCompare(pairKey(q.a.id, q.b.id));

/** Records that two entities are not the same, so the pair is not proposed again. */
export async function dismissDuplicate(a: string, b: string, actor: string): Promise<{ key: string }> {
  if (a === b) throw new BadInputError('Choose two different entities to mark as not duplicates.');
  const key = pairKey(a, b);
  const result = await writeTransaction((tx) => tx.run(DISMISS, { a, b, key, at: new Date().toISOString(), actor }));
  if (result.records.length === 0) throw new BadInputError(`One of ${a} and ${b} no longer exists; reload the list.`);
  return { key };
}

/** Takes a dismissal back: the pair may be proposed again. */
export async function restoreDuplicate(key: string): Promise<{ key: string }> {
  const result = await writeTransaction((tx) => tx.run(UNDISMISS, { key }));
  if (Number(result.records[0]?.get('n') ?? 0) === 0) throw new BadInputError(`No dismissal “${key}” to take back.`);
  return { key };
}

export type Dismissal = { key: string; a: string; b: string; names: string[]; at: string };
export async function listDismissals(limit = 20): Promise<Dismissal[]> {
  const result = await readQuery(LIST_DISMISSED, { limit: int(limit) });
  return result.records.map((r) => r.toObject() as Dismissal);
}
