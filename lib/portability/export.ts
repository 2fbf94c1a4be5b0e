import { readTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { FORMAT, NODE_GROUPS, VERSION, stableJson, type NodeGroup } from './format';

const PAGE = 2_000;
const INT_KEYS = (v: string) => `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'INTEGER' OR valueType(${v}[k]) STARTS WITH 'LIST<INTEGER'] AS ints`;

const COUNT_ALL = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/**
 * One statement per node group, written once from NODE_GROUPS (a static label, so the planner pages by id with
 * the group's uniqueness constraint; a dynamic label in MATCH would scan).
 */
const byGroup = (statement: (label: NodeGroup) => string) => Object.fromEntries(NODE_GROUPS.map((g) => [g, statement(g)])) as Record<NodeGroup, string>;

const NODES_PAGE = byGroup(
  (label) => `
MATCH (n:${label}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, ${INT_KEYS('n')}`,
);

const RELS_FROM = byGroup(
  (label) => `
UNWIND $ids AS sid
MATCH (s:${label} {id: sid})-[r]->(t)
RETURN s.id AS from, type(r) AS type, t.id AS to, [l IN labels(t) WHERE l IN $groups][0] AS toLabel, properties(r) AS props, ${INT_KEYS('r')}
ORDER BY from, type, to`,
);

/**
 * Writes the whole graph, line by line, to `write`. Refuses (before writing anything) when some nodes
 * have no known group label or no id, since they could not be restored.
 */
export async function exportGraph(write: (line: string) => void | Promise<void>): Promise<{ nodes: number; relationships: number }> {
  const totals = (await readTransaction((tx) => tx.run(COUNT_ALL))).records[0];
  const expected = { nodes: Number(totals?.get('nodes') ?? 0), relationships: Number(totals?.get('relationships') ?? 0) };
  const nodes: Array<{ group: NodeGroup; ids: string[] }> = [];
  let nodeCount = 0;
  const nodeLines: string[] = [];
  for (const group of NODE_GROUPS) {
    const ids: string[] = [];
    for (let after = ''; ;) {
      const records = (await readTransaction((tx) => tx.run(NODES_PAGE[group], { after, limit: int(PAGE) }))).records;
      for (const r of records) {
        ids.push(r.get('id') as string);
        const labels = (r.get('labels') as string[]).slice().sort((a, b) => (a === group ? -1 : b === group ? 1 : a.localeCompare(b)));
        nodeLines.push(stableJson({ kind: 'node', labels, props: r.get('props'), ints: (r.get('ints') as string[]).sort() }));
      }
      if (records.length < PAGE) break;
      after = ids[ids.length - 1] as string;
    }
    nodeCount += ids.length;
    nodes.push({ group, ids });
  }
  if (nodeCount !== expected.nodes) {
    throw new Error(
      `${expected.nodes - nodeCount} nodes have no id or none of the labels ${NODE_GROUPS.join(', ')}; the export cannot restore them. Add their label to NODE_GROUPS in lib/portability/format.ts.`,
    );
  }
  await write(stableJson({ format: FORMAT, version: VERSION, nodes: expected.nodes, relationships: expected.relationships }));
  for (const line of nodeLines) await write(line);
  let relCount = 0;
  for (const { group, ids } of nodes) {
    for (let i = 0; i < ids.length; i += PAGE) {
      const records = (await readTransaction((tx) => tx.run(RELS_FROM[group], { ids: ids.slice(i, i + PAGE), groups: [...NODE_GROUPS] }))).records;
      for (const r of records) {
        relCount++;
        await write(
          stableJson({
            kind: 'rel',
            type: r.get('type'),
            from: { label: group, id: r.get('from') },
            to: { label: r.get('toLabel'), id: r.get('to') },
            props: r.get('props'),
            ints: (r.get('ints') as string[]).sort(),
          }),
        );
      }
    }
  }
  if (relCount !== expected.relationships)
    throw new Error(`Exported ${relCount} of ${expected.relationships} relationships: the graph changed during the export. Run it again while nothing writes.`);
  return { nodes: nodeCount, relationships: relCount };
}
