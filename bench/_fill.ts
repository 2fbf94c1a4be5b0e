import { closeDriver } from '@/lib/neo4j/driver';
import { ingestFile } from '@/lib/ingest';
import { generateArticles, toIngestInput } from '@/bench/generate';
(async () => {
  const inputs = generateArticles({ count: 400, seed: 5 }).map(toIngestInput);
  const t = performance.now();
  const out = await ingestFile('x.jsonl', Buffer.from(inputs.map((i) => JSON.stringify(i)).join('\n')));
  console.log(out.filter((o) => o.status === 'added').length, 'added in', Math.round(performance.now() - t), 'ms');
  await closeDriver();
})();
