import { extract, toEntityId, UnsupportedLanguageError } from '@/lib/extract';
import { BadInputError } from '@/lib/errors';
import { readTransaction } from '@/lib/neo4j/run';
import type { Article, Extraction } from '@/lib/model';
import { checkInput, sha256Hex, toArticle } from './input';
import { resolveExtraction, rewriteIds, scopeBareNames, type Resolution } from './resolve';
import * as Q from './resolve-queries';
import type { Overrides } from './types';

export type Prepared = {
  article: Article;
  raw: Extraction;
  resolved: Extraction;
  /** Extracted id → id after overrides (retyping changes the id's prefix). */
  keys: Map<string, string>;
  decisions: Map<string, Resolution>;
  alreadyInGraph: { articleId: string; title: string } | null;
  replacesVersion: boolean;
};

const NO_OVERRIDES: Overrides = { excludeEntities: [], excludeRelations: [], types: {} };

/** Input → checked article → extraction → user's overrides → resolution against the graph. Writes nothing. */
export async function prepareArticle(rawInput: unknown, overrides: Overrides = NO_OVERRIDES): Promise<Prepared> {
  const input = checkInput(rawInput);
  const raw = extractOrRefuse(input.text, input.language);
  const article = toArticle(input, raw.language);
  const { extraction: edited, keys: editedKeys } = applyOverrides(raw, overrides);
  const { extraction: scoped, renamed } = scopeBareNames(edited, sha256Hex(article.id).slice(0, 8));
  const keys = new Map([...editedKeys].map(([key, id]) => [key, renamed.get(id) ?? id]));
  const { extraction: resolved, decisions } = await resolveExtraction(scoped);
  const hash = sha256Hex(article.text);
  const { same, current } = await readTransaction(async (tx) => ({
    same: (await tx.run(Q.ARTICLE_BY_SHA, { sha256: hash })).records[0],
    current: (await tx.run(Q.ARTICLE_BY_ID, { id: article.id })).records[0],
  }));
  return {
    article,
    raw,
    resolved,
    keys,
    decisions,
    alreadyInGraph: same ? { articleId: same.get('id') as string, title: same.get('title') as string } : null,
    replacesVersion: current !== undefined && current.get('sha256') !== hash,
  };
}

function extractOrRefuse(text: string, language: Article['language'] | undefined): Extraction {
  try {
    return extract(text, language ? { language } : {});
  } catch (error) {
    if (error instanceof UnsupportedLanguageError) {
      throw new BadInputError(`${error.message.replace(/^unsupported language/, 'Unsupported language')}. Nothing was added.`);
    }
    throw error;
  }
}

/** Drops unticked entities (and relations touching them) and unticked relations; retyping gives a new id. */
export function applyOverrides(raw: Extraction, overrides: Overrides): { extraction: Extraction; keys: Map<string, string> } {
  const excluded = new Set(overrides.excludeEntities);
  const keys = new Map<string, string>();
  const retyped = new Map<string, string>();
  const entities = raw.entities
    .filter((e) => !excluded.has(e.id))
    .map((e) => {
      const type = overrides.types[e.id] ?? e.type;
      const id = type === e.type ? e.id : toEntityId(type, e.name);
      keys.set(e.id, id);
      if (id !== e.id) retyped.set(e.id, id);
      return { ...e, type };
    });
  const skipRelations = new Set(overrides.excludeRelations);
  const relations = raw.relations.filter((r, i) => !skipRelations.has(i) && !excluded.has(r.source) && !excluded.has(r.target));
  // Retyped entities take their new ids; two that now share one are combined.
  return { extraction: rewriteIds({ ...raw, entities, relations }, retyped), keys };
}
