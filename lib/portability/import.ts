import neo4j from 'neo4j-driver';
import { readTransaction, writeTransaction } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { BadInputError } from '@/lib/errors';
import { ALLOWED_LABELS, ALLOWED_REL_TYPES, FORMAT, NODE_GROUPS, VERSION, isNodeGroup, type Header, type NodeLine, type Props, type RelLine } from './format';

const BATCH = 2_000;
const HAS_ANY_NODE = 'MATCH (n) RETURN count(n) > 0 AS nonEmpty LIMIT 1';
/** `$labels` holds ALLOWED_LABELS entries only (checked per line). */
const CREATE_NODES = 'UNWIND $rows AS row CREATE (n:$($labels)) SET n = row';
/**
 * One statement per pair of node groups, written once from NODE_GROUPS: static labels, so each end is found by
 * its group's uniqueness constraint (a dynamic label in MATCH would scan). `$type` is an ALLOWED_REL_TYPES entry.
 */
const CREATE_RELS = new Map<string, string>(
  NODE_GROUPS.flatMap((from) =>
    NODE_GROUPS.map(
      (to) =>
        [
          `${from}|${to}`,
          `
UNWIND $rows AS row
MATCH (s:${from} {id: row.from}), (t:${to} {id: row.to})
CREATE (s)-[r:$($type)]->(t) SET r = row.props
RETURN count(r) AS created`,
        ] as const,
    ),
  ),
);

/** Restores an export into an EMPTY database. Lines are read one by one; writes go in batches. */
export async function importGraph(lines: AsyncIterable<string>): Promise<{ nodes: number; relationships: number }> {
  const nonEmpty = (await readTransaction((tx) => tx.run(HAS_ANY_NODE))).records[0]?.get('nonEmpty') as boolean;
  if (nonEmpty)
    throw new BadInputError(
      'The database is not empty: import restores into an empty database only. Point NEO4J_URI at a new database, or empty this one first (for a local one, stop it and delete its data directory).',
    );
  await applySchema();
  let header: Header | undefined;
  let lineNo = 0;
  const counts = { nodes: 0, relationships: 0 };
  const pending = new Map<string, Props[]>();
  const flush = async (key: string) => {
    const rows = pending.get(key);
    if (!rows?.length) return;
    pending.delete(key);
    const [kind, a, b, c] = key.split('|') as [string, string, string?, string?];
    if (kind === 'node') {
      await writeTransaction((tx) => tx.run(CREATE_NODES, { labels: a.split(','), rows }));
      counts.nodes += rows.length;
    } else {
      const statement = CREATE_RELS.get(`${b}|${c}`);
      if (!statement) throw new BadInputError(`A relationship joins ${b} to ${c}, which are not node groups of this format.`);
      const result = await writeTransaction((tx) => tx.run(statement, { type: a, rows }));
      const created = Number(result.records[0]?.get('created') ?? 0);
      if (created !== rows.length) throw new BadInputError(`${rows.length - created} ${a} relationships point at nodes that are not in the file.`);
      counts.relationships += rows.length;
    }
  };
  const add = async (key: string, row: Props) => {
    const rows = pending.get(key) ?? [];
    rows.push(row);
    pending.set(key, rows);
    if (rows.length >= BATCH) await flush(key);
  };
  let nodesDone = false;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === '') continue;
    const line = parseLine(raw, lineNo);
    if (!header) {
      header = checkHeader(line, lineNo);
      continue;
    }
    if (line.kind === 'node') {
      const node = line as NodeLine;
      if (nodesDone) throw new BadInputError(`Line ${lineNo}: nodes must come before relationships.`);
      for (const l of node.labels ?? []) if (!ALLOWED_LABELS.has(l)) throw new BadInputError(`Line ${lineNo}: label "${l}" is not one newsgraph knows.`);
      if (!node.labels?.some(isNodeGroup) || typeof node.props?.id !== 'string') throw new BadInputError(`Line ${lineNo}: a node needs an id and one of the group labels.`);
      await add(`node|${node.labels.join(',')}`, withInts(node.props, node.ints));
    } else if (line.kind === 'rel') {
      const rel = line as RelLine;
      if (!nodesDone) {
        for (const key of [...pending.keys()]) await flush(key);
        nodesDone = true;
      }
      if (!ALLOWED_REL_TYPES.has(rel.type)) throw new BadInputError(`Line ${lineNo}: relationship type "${rel.type}" is not one newsgraph knows.`);
      if (!isNodeGroup(rel.from?.label) || !isNodeGroup(rel.to?.label)) throw new BadInputError(`Line ${lineNo}: relationship ends need a group label.`);
      await add(`rel|${rel.type}|${rel.from.label}|${rel.to.label}`, { from: rel.from.id, to: rel.to.id, props: withInts(rel.props, rel.ints) });
    } else {
      throw new BadInputError(`Line ${lineNo}: unknown kind ${JSON.stringify(line.kind)}.`);
    }
  }
  if (!header) throw new BadInputError('The file is empty: expected a newsgraph export.');
  for (const key of [...pending.keys()]) await flush(key);
  if (counts.nodes !== header.nodes || counts.relationships !== header.relationships) {
    throw new BadInputError(
      `The file is truncated: its header announces ${header.nodes} nodes and ${header.relationships} relationships, it holds ${counts.nodes} and ${counts.relationships}.`,
    );
  }
  return counts;
}

function parseLine(raw: string, lineNo: number): { kind?: unknown } & Record<string, unknown> {
  try {
    return JSON.parse(raw) as { kind?: unknown };
  } catch {
    throw new BadInputError(`Line ${lineNo} is not valid JSON.`);
  }
}

function checkHeader(line: Record<string, unknown>, lineNo: number): Header {
  if (line.format !== FORMAT) throw new BadInputError(`Line ${lineNo}: not a newsgraph export (expected a header {"format":"newsgraph",...}).`);
  if (line.version !== VERSION) throw new BadInputError(`This export has format version ${String(line.version)}; this newsgraph reads version ${VERSION}.`);
  return line as unknown as Header;
}

/** Gives integer-typed properties back their Neo4j integer type. */
function withInts(props: Props, ints: string[] = []): Props {
  const out = { ...props };
  for (const key of ints) {
    const value = out[key];
    out[key] = Array.isArray(value) ? value.map((v) => neo4j.int(v as number)) : neo4j.int(value as number);
  }
  return out;
}
