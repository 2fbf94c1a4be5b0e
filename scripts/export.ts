/** `npm run export -- <file>`: writes the whole graph at NEO4J_URI to a newsgraph JSONL file (see lib/portability/format.ts). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportGraph } from '@/lib/portability/export';
import { runScript } from './run-script';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run export -- <file.jsonl>');
  const out = createWriteStream(file, { encoding: 'utf8' });
  const counts = await exportGraph(async (line) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  console.log(`Exported ${counts.nodes} nodes and ${counts.relationships} relationships to ${file}.`);
}

runScript('Export failed', main);
