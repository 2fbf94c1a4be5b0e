import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '@/lib/neo4j/run';
import { normaliseName } from '@/lib/extract';
import { isGenericName, isKnownPlace } from '@/lib/extract/generic-names';
import type { EntityType, Extraction, ExtractedEntity } from '@/lib/model';
import * as Q from './resolve-queries';

export type StoredEntity = { id: string; name: string; type: EntityType; aliases: string[]; articleCount: number };
export type Resolution = { kind: 'new' } | { kind: 'existing'; entityId: string; name: string; reason: string };

/**
 * Resolves extracted entities against the graph. An entity attaches to a stored one when the stored one has
 * the same id, or when a surface form matches a stored name or alias exactly after normalisation and the
 * type agrees. People resolve only on full names: a bare surname never attaches to a stored full name,
 * because nothing in this article says which person it means.
 * Two round trips whatever the article's size: stored ids, then every form's full-text candidates at once.
 * With `tx`, it reads inside that transaction (ingest resolves and writes in one); else in a read transaction.
 */
export async function resolveExtraction(extraction: Extraction, tx?: ManagedTransaction): Promise<{ extraction: Extraction; decisions: Map<string, Resolution> }> {
  const stored = tx ? await lookUp(tx, extraction) : await readTransaction((t) => lookUp(t, extraction));
  const decisions = new Map<string, Resolution>();
  const renamed = new Map<string, string>();
  const retyped = new Map<string, EntityType>();
  for (const entity of extraction.entities) {
    const same = stored.byId.get(entity.id);
    if (same) {
      // Only a curator changes a stored entity's type; their decision wins over the extractor's.
      if (same.type !== entity.type) retyped.set(entity.id, same.type);
      decisions.set(entity.id, {
        kind: 'existing',
        entityId: same.id,
        name: same.name,
        reason: same.type === entity.type ? 'already in the graph under the same id' : `same id; type ${same.type} set by curation`,
      });
      continue;
    }
    const match = findMatch(entity, (query) => stored.byQuery.get(query) ?? []);
    if (match) {
      renamed.set(entity.id, match.entity.id);
      decisions.set(entity.id, {
        kind: 'existing',
        entityId: match.entity.id,
        name: match.entity.name,
        reason: `“${match.form}” matches the stored ${match.field === 'name' ? 'name' : 'alias'} “${match.stored}”`,
      });
    } else {
      decisions.set(entity.id, { kind: 'new' });
    }
  }
  return { extraction: rewriteIds(extraction, renamed, retyped), decisions };
}

/** What the graph holds for an extraction: entities under its ids, and candidates for the forms of the others. */
async function lookUp(tx: ManagedTransaction, extraction: Extraction) {
  const byId = new Map<string, StoredEntity>();
  const found = await tx.run(Q.ENTITIES_BY_ID, { ids: extraction.entities.map((e) => e.id) });
  for (const r of found.records) byId.set(r.get('id'), r.toObject() as StoredEntity);
  const queries = [
    ...new Set(
      extraction.entities
        .filter((e) => !byId.has(e.id))
        .flatMap((e) =>
          lookupForms(e)
            .map(normaliseName)
            .filter((k) => k !== '')
            .map(phraseQuery),
        ),
    ),
  ];
  const byQuery = new Map<string, StoredEntity[]>();
  if (queries.length > 0) {
    for (const r of (await tx.run(Q.SEARCH_FORMS, { queries })).records) byQuery.set(r.get('query'), r.get('candidates') as StoredEntity[]);
  }
  return { byId, byQuery };
}

/**
 * The forms of an entity that may be looked up: people only by names of two words or more; never a bare generic
 * word or definite reference ("Office", "the Council"), nor, for anything but a place, a place's name: one shared
 * generic word or a city named inside a council's name says nothing about two articles meaning the same thing.
 */
export function lookupForms(entity: Pick<ExtractedEntity, 'name' | 'aliases' | 'type'>): string[] {
  const forms = [...new Set([entity.name, ...entity.aliases])].filter((f) => !isGenericName(f) && (entity.type === 'Location' || !isKnownPlace(f)));
  return entity.type === 'Person' ? forms.filter((f) => normaliseName(f).split(' ').length >= 2) : forms;
}

/** An entity known only by a generic name ("Conseil municipal", "Department") is this article's one. */
export const isArticleScoped = (e: ExtractedEntity) => (e.type === 'Person' && lookupForms(e).length === 0) || isGenericName(e.name);

type Match = { entity: StoredEntity; form: string; stored: string; field: 'name' | 'alias' };

/** The stored entity a form of `entity` names exactly, among the candidates `search` returns for each form's query. */
export function findMatch(entity: ExtractedEntity, search: (query: string) => StoredEntity[]): Match | null {
  for (const form of lookupForms(entity)) {
    const key = normaliseName(form);
    if (key === '') continue;
    const candidates = search(phraseQuery(key)).filter((c) => c.type === entity.type);
    const exact = candidates
      .map((c) => ({ c, stored: [c.name, ...c.aliases].find((s) => normaliseName(s) === key && (entity.type !== 'Person' || key.includes(' '))) }))
      .filter((x): x is { c: StoredEntity; stored: string } => x.stored !== undefined)
      .sort((a, b) => Number(normaliseName(b.c.name) === key) - Number(normaliseName(a.c.name) === key) || b.c.articleCount - a.c.articleCount);
    const best = exact[0];
    if (best) return { entity: best.c, form, stored: best.stored, field: normaliseName(best.c.name) === key ? 'name' : 'alias' };
  }
  return null;
}

/**
 * A person known only by one word ("Smith") is this article's Smith: nothing says it is another article's Smith, so
 * its id is scoped to the article and it never merges across articles by id or by name. Curation can merge it later.
 */
export function scopeBareNames(extraction: Extraction, scope: string): { extraction: Extraction; renamed: Map<string, string> } {
  const renamed = new Map(extraction.entities.filter(isArticleScoped).map((e) => [e.id, `${e.id}-${scope}`]));
  return { extraction: renamed.size === 0 ? extraction : rewriteIds(extraction, renamed), renamed };
}

/** A Lucene phrase query for a surface form, with Lucene's special characters escaped. */
export function phraseQuery(form: string): string {
  return `"${form.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Renames entity ids (merging entities that now share one) and applies curated types. */
export function rewriteIds(extraction: Extraction, renamed: Map<string, string>, retyped: Map<string, EntityType> = new Map()): Extraction {
  const to = (id: string) => renamed.get(id) ?? id;
  const merged = new Map<string, ExtractedEntity>();
  for (const entity of extraction.entities) {
    const id = to(entity.id);
    const type = retyped.get(entity.id) ?? entity.type;
    const previous = merged.get(id);
    if (!previous) {
      merged.set(id, { ...entity, id, type });
      continue;
    }
    const aliases = [...new Set([...previous.aliases, ...entity.aliases, entity.name])].filter((a) => a !== previous.name);
    merged.set(id, { ...previous, aliases, mentions: [...previous.mentions, ...entity.mentions].sort((a, b) => a.start - b.start) });
  }
  const relations = extraction.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) })).filter((r) => r.source !== r.target);
  return { ...extraction, entities: [...merged.values()], relations: dedupeRelations(relations) };
}

function dedupeRelations(relations: Extraction['relations']): Extraction['relations'] {
  const byKey = new Map<string, Extraction['relations'][number]>();
  for (const r of relations) {
    const key = `${r.type}|${r.source}|${r.target}`;
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, r);
    else byKey.set(key, { ...previous, confidence: Math.max(previous.confidence, r.confidence), evidence: [...previous.evidence, ...r.evidence] });
  }
  return [...byKey.values()];
}
