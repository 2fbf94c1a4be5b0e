/** `npm run import -- <file>`: restores a newsgraph JSONL export into the EMPTY database at NEO4J_URI. */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { importGraph } from '@/lib/portability/import';
import { runScript } from './run-script';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run import -- <file.jsonl>');
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const counts = await importGraph(lines);
  console.log(`Imported ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}.`);
}

runScript('Import failed', main);
