import { afterAll, describe, expect, it } from 'vitest';
import { countGraph } from '@/lib/graph/stats';
import { closeDriver } from '@/lib/neo4j/driver';
import { deleteSavedQuery, getSavedQuery, saveQuery } from './saved-queries';

const created: string[] = [];
afterAll(async () => {
  for (const id of created) await deleteSavedQuery(id).catch(() => undefined);
  await closeDriver();
});

describe('saved views: names are stored clean, deep params refused', () => {
  it('stores a name without NUL, controls or line breaks', async () => {
    const saved = await saveQuery({ name: 'Org\u0000s near\r\nUNODC\u009b', kind: 'cypher', body: { query: 'MATCH (n) RETURN n LIMIT 1', params: {} } });
    created.push(saved.id);
    expect((await getSavedQuery(saved.id)).name).toBe('Orgs near UNODC');
  });

  it('refuses a name of controls only, a broken character, and params nested too deep, changing nothing', async () => {
    const before = await countGraph();
    const body = { query: 'RETURN 1', params: {} };
    await expect(saveQuery({ name: '\u0000\u0001', kind: 'cypher', body })).rejects.toThrow(/name is empty/);
    await expect(saveQuery({ name: 'x\udc00', kind: 'cypher', body })).rejects.toThrow(/name holds a broken character/);
    const deep = JSON.parse(`{"p":${'['.repeat(50_000)}${']'.repeat(50_000)}}`) as Record<string, unknown>;
    await expect(saveQuery({ name: 'deep', kind: 'cypher', body: { query: 'RETURN $p', params: deep } })).rejects.toThrow(/more than 32 levels deep/);
    expect(await countGraph()).toEqual(before);
  });
});
