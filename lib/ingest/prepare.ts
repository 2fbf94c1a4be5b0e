import { canonicalFor, toEntityId, UnsupportedLanguageError } from '@/lib/extract';
import { extractConfigured } from '@/lib/extract/hybrid';
import { BadInputError } from '@/lib/errors';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '@/lib/neo4j/run';
import type { Article, Extraction } from '@/lib/model';
import { checkInput, sha256Hex, toArticle } from './input';
import { resolveExtraction, rewriteIds, scopeBareNames, type Resolution } from './resolve';
import * as Q from './resolve-queries';
import type { Overrides } from './types';
import { applyCorrections, type Corrected } from './apply-corrections';
import { NO_CORRECTIONS } from './corrections';

/** What an input reads as, before the graph is consulted: pure CPU work, done outside any transaction. */
export type Extracted = {
  article: Article;
  raw: Extraction;
  /** The raw extraction with the user's corrections, still keyed by preview keys (what the preview shows). */
  corrected: Corrected;
  /** After the user's overrides, with bare surnames scoped to this article. */
  scoped: Extraction;
  /** Extracted id → id after overrides (retyping changes the id's prefix). */
  keys: Map<string, string>;
};

export type Prepared = Omit<Extracted, 'scoped'> & {
  resolved: Extraction;
  decisions: Map<string, Resolution>;
  alreadyInGraph: { articleId: string; title: string } | null;
  replacesVersion: boolean;
};

const NO_OVERRIDES: Overrides = { excludeEntities: [], excludeRelations: [], types: {} };

/**
 * Input → checked article → extraction (NEWSGRAPH_EXTRACTOR: rules, or rules + the NER service) → the user's
 * overrides. Reads and writes nothing; throws NlpUnavailableError when the hybrid needs the service and it is down.
 */
export async function extractArticle(rawInput: unknown, overrides: Overrides = NO_OVERRIDES): Promise<Extracted> {
  const input = checkInput(rawInput);
  const raw = await extractOrRefuse(input.text, input.language);
  const article = toArticle(input, raw.language);
  return { article, raw, ...correctExtraction(article, raw, overrides) };
}

/** The user's corrections, then their unticks and retypes, then bare surnames scoped to the article. Pure. */
export function correctExtraction(article: Article, raw: Extraction, overrides: Overrides): Omit<Extracted, 'article' | 'raw'> {
  const c = overrides.corrections ?? NO_CORRECTIONS;
  const corrected = applyCorrections(article.text, raw, c);
  const choices = { ...overrides, excludeEntities: [...overrides.excludeEntities, ...c.droppedEntities], excludeRelations: [...overrides.excludeRelations, ...c.droppedRelations] };
  const { extraction: edited, keys: editedKeys } = applyOverrides(corrected.extraction, choices, corrected);
  const { extraction: bare, renamed } = scopeBareNames(edited, sha256Hex(article.id).slice(0, 8));
  const scopedKeys = new Map([...editedKeys].map(([key, id]) => [key, renamed.get(id) ?? id]));
  // Links last: a linked entity takes the stored entity's id, whatever scoping its own name would have given it.
  const linked = new Map([...corrected.links].flatMap(([key, link]) => (scopedKeys.has(key) ? [[scopedKeys.get(key)!, link.entityId] as const] : [])));
  const scoped = linked.size > 0 ? rewriteIds(bare, linked) : bare;
  const keys = new Map([...scopedKeys].map(([key, id]) => [key, linked.get(id) ?? id]));
  return { corrected, scoped, keys };
}

/**
 * Resolution against the graph and the article's stored versions, in `tx` (ingest: its write transaction,
 * so what it resolved against is what it writes to) or in a read transaction of its own (preview).
 */
/** A link to a stored entity must still find it: one deleted since the search is refused, not created anew. */
export function checkLinks(p: Prepared): void {
  for (const [key, link] of p.corrected.links) {
    if (!p.keys.has(key)) continue;
    if (p.decisions.get(link.entityId)?.kind !== 'existing') throw new BadInputError(`“${link.name}” (${link.entityId}) is not in the graph any more; search for it again.`);
  }
}

export async function resolveArticle(extracted: Extracted, tx?: ManagedTransaction): Promise<Prepared> {
  if (!tx) return readTransaction((t) => resolveArticle(extracted, t));
  const { article, raw, corrected, scoped, keys } = extracted;
  const hash = sha256Hex(article.text);
  // Both sent at once: the driver pipelines statements in a transaction, so this costs one round trip, not two.
  const [{ extraction: resolved, decisions }, stored] = await Promise.all([resolveExtraction(scoped, tx), tx.run(Q.ARTICLE_VERSIONS, { sha256: hash, id: article.id })]);
  const versions = stored.records[0];
  const same = versions?.get('same') as { id: string; title: string } | null;
  const current = versions?.get('current') as { id: string; sha256: string } | null;
  return {
    article,
    raw,
    corrected,
    resolved,
    keys,
    decisions,
    alreadyInGraph: same ? { articleId: same.id, title: same.title } : null,
    replacesVersion: current !== null && current.sha256 !== hash,
  };
}

async function extractOrRefuse(text: string, language: Article['language'] | undefined): Promise<Extraction> {
  try {
    return await extractConfigured(text, language ? { language } : {});
  } catch (error) {
    if (error instanceof UnsupportedLanguageError) {
      throw new BadInputError(`${error.message.replace(/^unsupported language/, 'Unsupported language')}. Nothing was added.`);
    }
    throw error;
  }
}

/**
 * Drops unticked entities (and relations touching them) and unticked relations; retyping, renaming and adding give
 * an id made from the type and name (the gazetteer's canonical one when it knows the name). Relations are unticked by their index in the raw extraction (`origins`, from applyCorrections).
 */
export function applyOverrides(
  raw: Extraction,
  overrides: Pick<Overrides, 'excludeEntities' | 'excludeRelations' | 'types'>,
  corrected: Partial<Omit<Corrected, 'extraction'>> = {},
): { extraction: Extraction; keys: Map<string, string> } {
  const excluded = new Set(overrides.excludeEntities);
  const keys = new Map<string, string>();
  const retyped = new Map<string, string>();
  const entities = raw.entities
    .filter((e) => !excluded.has(e.id))
    .map((e) => {
      const type = overrides.types[e.id] ?? e.type;
      const id = type === e.type && !corrected.renamed?.has(e.id) ? e.id : (canonicalFor(e.name, type)?.id ?? toEntityId(type, e.name));
      keys.set(e.id, id);
      if (id !== e.id) retyped.set(e.id, id);
      return { ...e, type };
    });
  const skipRelations = new Set(overrides.excludeRelations);
  const relations = raw.relations.filter((r, i) => {
    const origin = corrected.origins?.[i] ?? { index: i };
    return !('index' in origin && skipRelations.has(origin.index)) && !excluded.has(r.source) && !excluded.has(r.target);
  });
  // Retyped entities take their new ids; two that now share one are combined.
  return { extraction: rewriteIds({ ...raw, entities, relations }, retyped), keys };
}
