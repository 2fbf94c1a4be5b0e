/** Starts a dedicated local Neo4j for a reliability case that kills or stops its database. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper without type declarations
import { startLocalNeo4j } from '@/scripts/local-neo4j.mjs';
// @ts-expect-error plain ESM helper without type declarations
import { getFreePort } from '@/scripts/free-port.mjs';

export type LocalNeo4j = { uri: string; pid: number; stop: () => Promise<void>; exited: Promise<unknown> };

export async function dedicatedNeo4j(): Promise<{ uri: string; port: number; dataDir: string; start: () => Promise<LocalNeo4j>; cleanup: () => void }> {
  const port = (await getFreePort()) as number;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-reliability-'));
  const log = (m: string) => process.stderr.write(`${m}\n`);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    start: () => startLocalNeo4j({ port, dataDir, log }) as Promise<LocalNeo4j>,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
