/**
 * The before/after-counts harness for suites that throw hostile or bad input at the app: count the graph once
 * the suite's data is in place, then check that nothing changed (no node, relationship or property).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { countGraph, type GraphCounts } from '@/lib/graph/stats';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { loadSeed } from '@/lib/seed/load-seed';

export type GraphWatch = { expectUnchanged: (what?: string) => Promise<void> };

/** Counts the graph in a beforeAll: register it after the hooks that load the suite's data. */
export function watchGraphCounts(): GraphWatch {
  let before: GraphCounts | undefined;
  beforeAll(async () => {
    before = await countGraph();
  });
  return {
    expectUnchanged: async (what) => {
      expect(before, 'the counts are taken in beforeAll').toBeDefined();
      expect(await countGraph(), what).toEqual(before);
    },
  };
}

/**
 * For the integration suites in tests/security: the seed loaded (idempotent, so the shared database keeps what
 * other suites rely on) and counted; the driver closed after. Runaway cases need a graph to run away on.
 */
export function withSeededGraph(): GraphWatch {
  beforeAll(async () => {
    await applySchema();
    await loadSeed();
  });
  afterAll(() => closeDriver());
  return watchGraphCounts();
}
