import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { isEntityType, isRelationType, type Article, type Extraction } from '@/lib/model';
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
  const existing = (await tx.run(Q.LOCK_ARTICLE, { id: article.id })).records[0];
  const previousHash = (existing?.get('sha256') as string | null | undefined) ?? undefined;
  if (previousHash === hash && existing?.get('extractionHash') === extractionHash) {
    return { articleId: article.id, status: 'unchanged', entities: 0, relations: 0 };
  }
  const isNew = previousHash === undefined;
  const previousEntities = isNew ? [] : await detachArticle(tx, article.id);
  // Sorted: concurrent ingests then lock shared entities in the same order, which avoids most deadlocks.
  const touched = [...new Set([...previousEntities, ...extraction.entities.map((e) => e.id)])].sort();
  await writeArticle(tx, { ...article, sha256: hash, extractionHash }, extraction, isNew ? touched : null);
  if (!isNew) await tidyEntities(tx, touched);
  return {
    articleId: article.id,
    status: previousHash === undefined ? 'added' : 'updated',
    entities: extraction.entities.length,
    relations: extraction.relations.length,
  };
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

/** With `refreshIds` (a new article), the same statement also refreshes those entities' cached counts. */
async function writeArticle(tx: ManagedTransaction, article: Article & { sha256: string; extractionHash: string }, extraction: Extraction, refreshIds: string[] | null) {
  const now = new Date().toISOString();
  const { entities, relations } = toRows(extraction);
  const params = { article: { ...article, url: article.url ?? null }, articleId: article.id, entities, relations, now };
  await tx.run(refreshIds ? Q.WRITE_NEW_ARTICLE : Q.WRITE_ARTICLE, refreshIds ? { ...params, entityIds: refreshIds } : params);
}

/** Statement rows for an extraction: whitelisted types only, sorted so concurrent loads lock entities in the same order. */
export function toRows(extraction: Extraction) {
  const entities = extraction.entities
    .filter((e) => isEntityType(e.type))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) }));
  const relations = extraction.relations.filter((r) => isRelationType(r.type)).sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  return { entities, relations };
}

/** After something was taken away (a previous version or the article itself): drop what nothing supports any more. */
async function tidyEntities(tx: ManagedTransaction, entityIds: string[]) {
  await tx.run(Q.DELETE_UNSUPPORTED_RELATIONS, { entityIds });
  await tx.run(Q.DELETE_ORPHAN_ENTITIES, { entityIds });
  await tx.run(Q.REFRESH_COUNTS, { entityIds });
}
