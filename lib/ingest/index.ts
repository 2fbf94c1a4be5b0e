import { loadArticleIn } from '@/lib/graph/load-article';
import { writeTransaction } from '@/lib/neo4j/run';
import { validateExtraction } from '@/lib/graph/validate';
import { extractArticle, resolveArticle } from './prepare';
import { OverridesSchema, type IngestResult, type Overrides, type Preview } from './types';

export type { IngestResult, Overrides, Preview, PreviewEntity, PreviewRelation } from './types';
export { IngestInputSchema, type IngestInput } from './input';
export { removeIngestedArticle } from './remove';

export type IngestOptions = { overrides?: Partial<Overrides> };

/** What committing would do: the article, its entities (new or merging into which stored one, and why), its relations. */
export async function previewArticle(input: unknown): Promise<Preview> {
  const p = await resolveArticle(await extractArticle(input));
  const names = new Map(p.resolved.entities.map((e) => [e.id, e.name]));
  return {
    article: p.article,
    alreadyInGraph: p.alreadyInGraph,
    replacesVersion: p.replacesVersion,
    entities: p.raw.entities.map((e) => {
      const id = p.keys.get(e.id) ?? e.id;
      const decision = p.decisions.get(id) ?? { kind: 'new' as const };
      const target = decision.kind === 'existing' ? decision.entityId : id;
      return { key: e.id, id: target, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, decision };
    }),
    relations: p.raw.relations.map((r, index) => ({
      index,
      type: r.type,
      source: r.source,
      target: r.target,
      sourceName: names.get(p.keys.get(r.source) ?? r.source) ?? nameOf(p.raw, r.source),
      targetName: names.get(p.keys.get(r.target) ?? r.target) ?? nameOf(p.raw, r.target),
      confidence: r.confidence,
      evidence: r.evidence,
    })),
  };
}

/**
 * Extracts, resolves and loads one article. Extraction runs first, outside the database; resolution and the
 * write then share ONE transaction, so the article lands whole or not at all, against the graph it was resolved
 * against. The same text again changes nothing; a new version of the same URL replaces the old one's mentions
 * and evidence.
 */
export async function ingestArticle(input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const extracted = await extractArticle(input, OverridesSchema.parse(options.overrides ?? {}));
  return writeTransaction(async (tx) => {
    const p = await resolveArticle(extracted, tx);
    if (p.alreadyInGraph) return unchanged(p.alreadyInGraph);
    const extraction = validateExtraction(p.resolved, p.article.text);
    const loaded = await loadArticleIn(tx, p.article, extraction);
    // Another ingest of this very article committed while this one resolved it.
    if (loaded.status === 'unchanged') return unchanged({ articleId: p.article.id, title: p.article.title });
    const merged = new Set([...p.decisions.values()].flatMap((d) => (d.kind === 'existing' ? [d.entityId] : [])));
    return {
      status: loaded.status,
      articleId: p.article.id,
      title: p.article.title,
      message: `${loaded.status === 'updated' ? 'Updated' : 'Added'} “${p.article.title}”: ${extraction.entities.length} entities, ${extraction.relations.length} relations.`,
      entities: extraction.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, merged: merged.has(e.id) })),
      relations: extraction.relations.length,
    };
  });
}

function unchanged({ articleId, title }: { articleId: string; title: string }): IngestResult {
  return { status: 'unchanged', articleId, title, message: `“${title}” is already in the graph; nothing changed.`, entities: [], relations: 0 };
}

function nameOf(extraction: { entities: { id: string; name: string }[] }, id: string): string {
  return extraction.entities.find((e) => e.id === id)?.name ?? id;
}

export { fetchArticle } from './fetch-url';
export { ingestFile, summarise, type BatchReport, type ItemOutcome } from './batch';
export { SUPPORTED_EXTENSIONS } from './files';
