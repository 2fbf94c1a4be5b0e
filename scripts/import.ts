/** `npm run import -- <file>`: restores a newsgraph JSONL export into the EMPTY database at NEO4J_URI. */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { importGraph } from '@/lib/portability/import';
import { closeDriver } from '@/lib/neo4j/driver';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run import -- <file.jsonl>');
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const counts = await importGraph(lines);
  console.log(`Imported ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}.`);
}

main()
  .catch((error: unknown) => {
    console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
