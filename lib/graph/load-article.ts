import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { isEntityType, isRelationType, type Article, type Extraction } from '@/lib/model';
import { orientRelation } from './co-mentions';
import { REFRESH_ENTITY_COUNTS } from './entity-counts';
import * as Q from './load-queries';

export type LoadResult = { articleId: string; status: 'added' | 'updated' | 'unchanged'; entities: number; relations: number };

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Loads one article and its extraction in ONE transaction: it lands whole or not at all.
 * The same text again changes nothing; a new version replaces this article's mentions and evidence
 * without touching what other articles contributed.
 */
export async function loadArticle(article: Article, extraction: Extraction): Promise<LoadResult> {
  return writeTransaction((tx) => loadArticleIn(tx, article, extraction));
}

/** loadArticle's work inside a caller's write transaction (ingest resolves and writes in the same one). */
export async function loadArticleIn(tx: ManagedTransaction, article: Article, extraction: Extraction): Promise<LoadResult> {
  const hash = sha256(article.text);
  // The same text read the same way is a no-op; a corrected annotation or a better extractor is not.
  const extractionHash = sha256(JSON.stringify(extraction));
  const stored = { ...article, sha256: hash, extractionHash };
  const counts = { articleId: article.id, entities: extraction.entities.length, relations: extraction.relations.length };
  // Sorted: concurrent ingests then lock shared entities in the same order, which avoids most deadlocks.
  const entityIds = [...new Set(extraction.entities.map((e) => e.id))].sort();
  const previous = (await tx.run(Q.WRITE_IF_NEW, { ...statementParams(stored, extraction), entityIds })).records[0];
  const previousHash = previous?.get('previousHash') as string | null;
  if (previousHash === null) return { ...counts, status: 'added' };
  if (previousHash === hash && previous?.get('previousExtractionHash') === extractionHash) {
    return { articleId: article.id, status: 'unchanged', entities: 0, relations: 0 };
  }
  // A new version: take the old one's mentions and evidence away, write this one, drop what nothing supports.
  const touched = [...new Set([...(await detachArticle(tx, article.id)), ...entityIds])].sort();
  await tx.run(Q.WRITE_ARTICLE, statementParams(stored, extraction));
  await tidyEntities(tx, touched);
  return { ...counts, status: 'updated' };
}

/** Removes an article, its mentions and evidence, and whatever only it supported. Returns false if absent. */
export async function removeArticle(articleId: string): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const exists = await tx.run(Q.GET_ARTICLE_HASH, { id: articleId });
    if (exists.records.length === 0) return false;
    const entityIds = await detachArticle(tx, articleId);
    await tx.run(Q.DELETE_ARTICLE_NODE, { id: articleId });
    await tidyEntities(tx, entityIds);
    return true;
  });
}

async function detachArticle(tx: ManagedTransaction, id: string): Promise<string[]> {
  await tx.run(Q.STRIP_ARTICLE_EVIDENCE, { id });
  const result = await tx.run(Q.DELETE_ARTICLE_MENTIONS, { id });
  return (result.records[0]?.get('entityIds') as string[] | undefined) ?? [];
}

function statementParams(article: Article & { sha256: string; extractionHash: string }, extraction: Extraction) {
  const { entities, relations } = toRows(extraction);
  return { article: { ...article, url: article.url ?? null, publishedAt: article.publishedAt ?? null }, articleId: article.id, entities, relations, now: new Date().toISOString() };
}

/** Statement rows for an extraction: whitelisted types only, sorted so concurrent loads lock entities in the same order. */
function toRows(extraction: Extraction) {
  const entities = extraction.entities
    .filter((e) => isEntityType(e.type))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) }));
  // Oriented first: a co-mention is stored once per pair whichever way the extractor happened to name it.
  const relations = extraction.relations
    .filter((r) => isRelationType(r.type))
    .map(orientRelation)
    .sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  return { entities, relations };
}

/** After something was taken away (a previous version or the article itself): drop what nothing supports any more. */
async function tidyEntities(tx: ManagedTransaction, entityIds: string[]) {
  await tx.run(Q.DELETE_UNSUPPORTED_RELATIONS, { entityIds });
  await tx.run(Q.DELETE_ORPHAN_ENTITIES, { entityIds });
  await tx.run(REFRESH_ENTITY_COUNTS, { entityIds });
}
