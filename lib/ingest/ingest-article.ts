import type { ManagedTransaction } from 'neo4j-driver';
import { loadArticleIn } from '@/lib/graph/load-article';
import { writeTransaction } from '@/lib/neo4j/run';
import { validateExtraction } from '@/lib/graph/validate';
import { checkLinks, extractArticle, resolveArticle, type Extracted, type Prepared } from './prepare';
import { countCorrections, NO_CORRECTIONS, type Corrections } from './corrections';
import { describeCorrections, recordIngestCorrections } from './correction-log';
import { chooseCorrections, readStoredCorrections, saveCorrections } from './stored-corrections';
import { OverridesSchema, type IngestResult, type Overrides } from './types';

type IngestOptions = { overrides?: Partial<Overrides> };

/**
 * Extracts, resolves and loads one article. Extraction runs first, outside the database; resolution and the
 * write then share ONE transaction, so the article lands whole or not at all, against the graph it was resolved
 * against. The user's corrections (or, when they sent none, those stored with this very text) are applied and
 * stored with the article. The same text with the same corrections changes nothing; the same text with other
 * corrections is loaded again with them; a new version of the same URL replaces the old one's mentions and evidence.
 */
export async function ingestArticle(input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const overrides = OverridesSchema.parse(options.overrides ?? {});
  // The user's corrections are checked against the text here, before any transaction opens.
  return writeExtracted(await extractArticle(input, overrides), overrides);
}

/**
 * The second half of ingestArticle: resolution and the write of an extraction made by extractArticle with the
 * same overrides, in ONE transaction. A batch calls the halves apart, so that later articles are extracted
 * (rules and NER) while earlier ones are written.
 */
export async function writeExtracted(extracted: Extracted, overrides: Overrides): Promise<IngestResult> {
  return writeTransaction((tx) => writeExtractedIn(tx, extracted, overrides));
}

/** writeExtracted's work inside a caller's write transaction (a batch may write a group of articles in one). */
export async function writeExtractedIn(tx: ManagedTransaction, extracted: Extracted, overrides: Overrides): Promise<IngestResult> {
  const { stored, chosen, p } = await resolveWithCorrections(tx, extracted, overrides);
  checkLinks(p);
  const correctionsChanged = JSON.stringify(chosen.corrections) !== JSON.stringify(stored ?? NO_CORRECTIONS);
  if (p.alreadyInGraph && !(correctionsChanged && p.alreadyInGraph.articleId === p.article.id)) return unchanged(p.alreadyInGraph);
  const extraction = validateExtraction(p.resolved, p.article.text);
  const loaded = await loadArticleIn(tx, p.article, extraction);
  // Another ingest of this very article committed while this one resolved it.
  if (loaded.status === 'unchanged' && !correctionsChanged) return unchanged({ articleId: p.article.id, title: p.article.title });
  // An article created just now has no corrections property: storing "none" would be a round trip for nothing.
  const hasCorrections = countCorrections(chosen.corrections) > 0;
  if (loaded.status !== 'added' || hasCorrections) await saveCorrections(tx, p.article.id, chosen.corrections);
  if (correctionsChanged && hasCorrections) await logCorrections(tx, p, chosen.corrections);
  const merged = new Set([...p.decisions.values()].flatMap((d) => (d.kind === 'existing' ? [d.entityId] : [])));
  const status = loaded.status === 'added' ? 'added' : 'updated';
  return {
    status,
    articleId: p.article.id,
    title: p.article.title,
    message: `${status === 'updated' ? 'Updated' : 'Added'} “${p.article.title}”: ${extraction.entities.length} entities, ${extraction.relations.length} relations.`,
    entities: extraction.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, merged: merged.has(e.id) })),
    relations: extraction.relations.length,
  };
}

/**
 * The stored corrections and the resolution of the extraction as it stands are sent together: the driver pipelines
 * statements in a transaction, so that is one wait instead of two. Only when stored corrections change the
 * extraction (rare: someone corrected this very text before) is the corrected one resolved again.
 */
async function resolveWithCorrections(tx: ManagedTransaction, extracted: Extracted, overrides: Overrides) {
  const [stored, asItStands] = await Promise.all([readStoredCorrections(tx, extracted.article.text), resolveArticle(extracted, tx)]);
  const chosen = chooseCorrections(extracted, overrides, stored);
  const p = chosen.extracted === extracted ? asItStands : await resolveArticle(chosen.extracted, tx);
  return { stored, chosen, p };
}

/** The curation log entry of an ingest's corrections, on the entities they touched (their ids in the graph). */
async function logCorrections(tx: Parameters<typeof saveCorrections>[0], p: Prepared, c: Corrections) {
  const intoOf = new Map(c.merges.map((m) => [m.from, m.into]));
  const finalId = (key: string): string => {
    const into = intoOf.get(key);
    if (into && into !== key) return finalId(into);
    const id = p.keys.get(key) ?? key;
    const decision = p.decisions.get(id);
    return decision?.kind === 'existing' ? decision.entityId : id;
  };
  const keys = [
    ...c.edits.map((e) => e.key),
    ...c.added.map((a) => a.key),
    ...c.merges.map((m) => m.into),
    ...c.links.map((l) => l.key),
    ...c.retypedRelations.flatMap((r) => {
      const relation = p.raw.relations[r.index];
      return relation ? [relation.source, relation.target] : [];
    }),
    ...c.addedRelations.flatMap((r) => [r.source, r.target]),
  ];
  const stored = new Set(p.resolved.entities.map((e) => e.id));
  const entityIds = [...new Set(keys.map(finalId))].filter((id) => stored.has(id));
  await recordIngestCorrections(tx, { title: p.article.title, lines: describeCorrections(p.raw, p.corrected.extraction, c), entityIds });
}

function unchanged({ articleId, title }: { articleId: string; title: string }): IngestResult {
  return { status: 'unchanged', articleId, title, message: `“${title}” is already in the graph; nothing changed.`, entities: [], relations: 0 };
}
