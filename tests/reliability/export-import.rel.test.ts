import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { renameEntity } from '@/lib/curation/edit';
import { mergeEntities } from '@/lib/curation/merge';
import { loadSeed } from '@/lib/seed/load-seed';
import { countGraph } from '@/lib/graph/stats';
import { exportGraph } from '@/lib/portability/export';
import { importGraph } from '@/lib/portability/import';
import { generateArticles } from '@/bench/generate';
import { ingestGenerated } from './helpers';
import { withEmptyDatabase, wipeDatabase } from './fixture';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-'));
const SAVED_QUERY = "CREATE (:SavedQuery {id: 'q-1', name: 'Leaders', cypher: 'MATCH (p:Person)-[:LEADS]->(o) RETURN p, o', createdAt: '2026-01-01T00:00:00Z'})";

async function exportToString(): Promise<string> {
  const lines: string[] = [];
  await exportGraph((line) => void lines.push(line));
  return `${lines.join('\n')}\n`;
}

async function* linesOf(text: string) {
  for (const line of text.split('\n')) yield line;
}

withEmptyDatabase();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reliability 5: export and import', () => {
  it('export → wipe → import → export gives byte-identical files, with every count and type restored', async () => {
    await loadSeed();
    for (const a of generateArticles({ count: 30, seed: 55, poolSize: 20 })) await ingestGenerated(a);
    await writeTransaction((tx) => tx.run(SAVED_QUERY));
    // The curation log travels too: a rename and a merge, each a CurationEvent with its undo snapshot.
    await renameEntity('org-unodc', 'UNODC (Vienna)', 'export-test');
    const people = (await readQuery("MATCH (p:Person) WHERE p.id STARTS WITH 'person-yury-' AND p.id <> 'person-yury-fedotov' RETURN p.id AS id ORDER BY id LIMIT 2")).records.map(
      (r) => r.get('id') as string,
    );
    expect(people).toHaveLength(2);
    await mergeEntities(people[0]!, people[1]!, 'export-test');
    const counts = await countGraph();
    const first = await exportToString();
    writeFileSync(path.join(dir, 'first.jsonl'), first);
    expect(JSON.parse(first.split('\n')[0] as string)).toMatchObject({ format: 'newsgraph', version: 1, nodes: counts.nodes, relationships: counts.relationships });
    expect(first).toContain('"kind":"node","labels":["SavedQuery"]');
    expect(first.match(/"labels":\["CurationEvent"\]/g)).toHaveLength(2);

    await expect(importGraph(linesOf(first))).rejects.toThrow(/not empty/);
    expect(await countGraph()).toEqual(counts);

    await wipeDatabase();
    expect(await importGraph(linesOf(readFileSync(path.join(dir, 'first.jsonl'), 'utf8')))).toEqual({ nodes: counts.nodes, relationships: counts.relationships });
    expect(await countGraph()).toEqual(counts);
    const second = await exportToString();
    expect(second === first).toBe(true);
  });
});
