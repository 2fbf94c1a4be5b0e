import { loadArticleIn } from '@/lib/graph/load-article';
import { writeTransaction } from '@/lib/neo4j/run';
import { validateExtraction } from '@/lib/graph/validate';
import { extractArticle, resolveArticle } from './prepare';
import { OverridesSchema, type IngestResult, type Overrides } from './types';

type IngestOptions = { overrides?: Partial<Overrides> };

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
