/**
 * The database set-up every reliability suite on the shared throwaway Neo4j repeats. The suite runs against a
 * database of its own (scripts/test.mjs and scripts/test-reliability.mjs start it), so wiping it here is safe.
 */
import { afterAll, beforeAll } from 'vitest';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { wipe } from '@/bench/db';

/** Empties the suite's database: the bench's wipe, in batches of their own transactions. */
export const wipeDatabase = wipe;

/**
 * Registers the hooks for a suite that starts from an empty database: schema applied and everything wiped
 * before; wiped again and the driver closed after. Register it first: vitest runs beforeAll hooks in order and
 * afterAll hooks in reverse, so a suite's own set-up runs after the wipe and its own tear-down (stopping the
 * app, a browser) before the driver closes.
 */
export function withEmptyDatabase(): void {
  beforeAll(async () => {
    await applySchema();
    await wipeDatabase();
  });
  afterAll(async () => {
    await wipeDatabase();
    await closeDriver();
  });
}
