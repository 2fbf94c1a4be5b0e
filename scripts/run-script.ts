import { closeDriver } from '@/lib/neo4j/driver';

/**
 * Runs a command-line script: a failure prints `<what>: <message>` and sets exit code 1 (no stack trace for a
 * user to decode); either way the Neo4j driver is closed so the process can exit.
 */
export function runScript(what: string, main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => closeDriver());
}
