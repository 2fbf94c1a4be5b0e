/**
 * Structure, not memory: every server action and every route handler must be made by the gate's wrappers
 * (lib/gate). This test finds them on disk, so a new action or route that skips the gate fails it. It then
 * proves, against the real Neo4j, that a read-gated call cannot write whatever it calls.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gateOf } from '@/lib/gate/marker';
import { withinGate, WriteOutsideGateError } from '@/lib/gate/context';
import { writeTransaction, readTransaction } from '@/lib/neo4j/run';
import { closeDriver } from '@/lib/neo4j/driver';

const ROOT = path.resolve(__dirname, '..', '..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const rel = (f: string) => path.relative(ROOT, f);
const sources = [...filesUnder(path.join(ROOT, 'app')), ...filesUnder(path.join(ROOT, 'lib'))].filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const actionModules = sources.filter((f) => /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')));
const routeModules = sources.filter((f) => path.basename(f) === 'route.ts' && rel(f).startsWith('app/'));

/** What each module exports, as [name, value] with its gate (undefined when it skipped the wrappers). */
async function exportsOf(file: string) {
  const module = (await import(file)) as Record<string, unknown>;
  return Object.entries(module).map(([name, value]) => ({ name: `${rel(file)}#${name}`, value, gate: gateOf(value) }));
}

afterAll(() => closeDriver());

describe('every server action goes through the gate', () => {
  it('finds the action modules', () => {
    expect(actionModules.map(rel).sort()).toEqual(
      expect.arrayContaining(['app/actions/ingest.ts', 'app/actions/curation.ts', 'app/actions/seed.ts', 'app/cypher/actions.ts', 'app/login/actions.ts']),
    );
  });

  it.each(actionModules.map(rel))('%s exports only gated actions', async (file) => {
    const exported = await exportsOf(path.join(ROOT, file));
    const ungated = exported.filter((e) => typeof e.value === 'function' && !e.gate).map((e) => e.name);
    expect(ungated, 'make these with readAction or writeAction from lib/gate/server-action').toEqual([]);
  });

  it('the actions that change the graph are write-gated', async () => {
    const all = (await Promise.all(actionModules.map(exportsOf))).flat();
    const writes = all
      .filter((e) => e.gate?.kind === 'write')
      .map((e) => e.name.split('#')[1])
      .sort();
    expect(writes).toEqual(
      expect.arrayContaining(['commitArticle', 'ingestUpload', 'curateEntity', 'reloadSeed', 'saveView', 'deleteView', 'previewUrl', 'resolveDuplicate', 'ingestRecordBatch']),
    );
  });
});

describe('every route handler goes through the gate', () => {
  it.each(routeModules.map(rel))('%s exports only gated handlers, and its writing methods are write-gated', async (file) => {
    const exported = await exportsOf(path.join(ROOT, file));
    const handlers = exported.filter((e) => HTTP_METHODS.includes(e.name.split('#')[1] ?? ''));
    expect(handlers.length).toBeGreaterThan(0);
    expect(
      handlers.filter((h) => !h.gate).map((h) => h.name),
      'make these with readRoute or writeRoute from lib/gate/api-route',
    ).toEqual([]);
    const unsafe = handlers.filter((h) => !['GET', 'HEAD', 'OPTIONS'].includes(h.name.split('#')[1] ?? '') && h.gate?.kind !== 'write');
    // POST /api/cypher and POST /api/filter carry a read in their body; they are read-gated, so they cannot write.
    expect(unsafe.map((h) => h.name).filter((n) => !/api\/(cypher|filter)\/route\.ts#POST$/.test(n))).toEqual([]);
  });
});

describe('a read-gated call cannot write, whatever it calls', () => {
  it('refuses a write session inside a read gate, before anything reaches Neo4j', async () => {
    const marker = `gate-test-${Date.now()}`;
    const attempt = withinGate({ kind: 'read', name: 'test read action' }, () => writeTransaction((tx) => tx.run('CREATE (:GateProbe {marker: $marker})', { marker })));
    await expect(attempt).rejects.toBeInstanceOf(WriteOutsideGateError);
    const count = await readTransaction((tx) => tx.run('MATCH (p:GateProbe {marker: $marker}) RETURN count(p) AS n', { marker }));
    expect(count.records[0]?.get('n')).toBe(0);
  });

  it('lets a write gate write (and reads work inside a read gate)', async () => {
    const marker = `gate-test-${Date.now()}`;
    await withinGate({ kind: 'write', name: 'test write action' }, () => writeTransaction((tx) => tx.run('CREATE (:GateProbe {marker: $marker})', { marker })));
    const count = await withinGate({ kind: 'read', name: 'test read' }, () =>
      readTransaction((tx) => tx.run('MATCH (p:GateProbe {marker: $marker}) RETURN count(p) AS n', { marker })),
    );
    expect(count.records[0]?.get('n')).toBe(1);
    await writeTransaction((tx) => tx.run('MATCH (p:GateProbe) DELETE p'));
  });
});
