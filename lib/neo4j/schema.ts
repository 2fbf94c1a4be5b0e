import { runAutoCommit } from './run';

/**
 * The database schema, applied idempotently at start (every statement is IF NOT EXISTS).
 * - Uniqueness constraints make concurrent MERGEs safe: two ingests can never create the same entity twice.
 * - The full-text index serves search and resolution; 'standard-folding' ignores accents and case, so
 *   "Ekaterinbourg" and "ekaterinbourg" match, and Lucene's fuzzy syntax tolerates typos.
 * - article_search does the same for article titles and text (the /articles search).
 */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE',
  // Pairs a curator marked as not duplicates (lib/curation/duplicates.ts), one node per pair; its id is the pair.
  'CREATE CONSTRAINT duplicate_dismissal_id IF NOT EXISTS FOR (d:DuplicateDismissal) REQUIRE d.id IS UNIQUE',
  'CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree)',
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
  "CREATE FULLTEXT INDEX article_search IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
] as const;

export async function applySchema(): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await runAutoCommit(statement);
  await runAutoCommit('CALL db.awaitIndexes(60)');
}
