/**
 * Applies the schema and loads graph-seed/ into the Neo4j at NEO4J_URI.
 *   --if-empty   load only when the database holds no articles (what `npm start` uses)
 */
import { applySchema } from '@/lib/neo4j/schema';
import { loadSeed } from '@/lib/seed/load-seed';
import { countGraph } from '@/lib/graph/stats';
import { orientStoredCoMentions } from '@/lib/graph/orient-co-mentions';
import { ensureExampleQueries } from '@/lib/saved-queries/examples';
import { runScript } from './run-script';

async function main() {
  const ifEmpty = process.argv.includes('--if-empty');
  await applySchema();
  await ensureExampleQueries();
  // Databases written before co-mentions had one direction: fold each reversed pair into one (idempotent, cheap when done).
  const oriented = await orientStoredCoMentions();
  if (oriented > 0) console.log(`Co-mentions stored once per pair: ${oriented} entities' relations folded and recounted.`);
  const before = await countGraph();
  if (ifEmpty && before.articles > 0) {
    console.log(`Graph already holds ${before.articles} articles and ${before.entities} entities; seed not reloaded.`);
    return;
  }
  for (const result of await loadSeed()) {
    console.log(`  ${result.status.padEnd(9)} ${result.articleId} (${result.entities} entities, ${result.relations} relations)`);
  }
  const after = await countGraph();
  console.log(`Seed loaded: ${after.articles} articles, ${after.entities} entities, ${after.relationships} relationships.`);
}

runScript('Seeding failed', main);
