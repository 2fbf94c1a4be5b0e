import { groundCoMentions } from '@/lib/extract/relations/grounded';
import { BadInputError } from '@/lib/errors';
import { fitsVocabulary } from '@/lib/extract/relations/vocabulary';
import type { ExtractedEntity, ExtractedRelation, Extraction, Span } from '@/lib/model';
import type { Corrections, SpanRef } from './corrections';
import { rewriteIds } from './resolve';
import { claimSpans } from './claim-spans';

/** A corrected extraction, still keyed by preview keys, with where each relation came from. */
export type Corrected = {
  extraction: Extraction;
  /** Per relation: its index in the raw extraction, or null for one the user added. */
  origins: Array<{ index: number } | { added: number }>;
  /** Preview key → the stored entity it was linked to. */
  links: Map<string, { entityId: string; name: string }>;
  /** Keys whose name the user changed (or added): their id is made from the new name. */
  renamed: Set<string>;
};

type OriginRelation = ExtractedRelation & { origin: { index: number } | { added: number } };

/**
 * Applies a user's corrections to an extraction. Pure: the same text, extraction and corrections always give the
 * same result, which is what lets a re-ingest of the same text re-apply stored corrections. Every span is checked
 * against the text, and its text taken from it; a key, relation index or relation type that does not fit is refused
 * with a message naming it.
 */
export function applyCorrections(text: string, raw: Extraction, c: Corrections): Corrected {
  const span = (ref: SpanRef, what: string): Span => {
    const slice = text.slice(ref.start, ref.end);
    if (ref.end > text.length || slice.trim() === '') throw new BadInputError(`The ${what} at ${ref.start}–${ref.end} is not text of this article; select the text again.`);
    return { start: ref.start, end: ref.end, text: slice };
  };
  const byKey = new Map<string, ExtractedEntity>(raw.entities.map((e) => [e.id, { ...e }]));
  const renamed = new Set<string>();
  for (const a of c.added) {
    if (byKey.has(a.key)) throw new BadInputError(`Two added entities share the key ${a.key}.`);
    byKey.set(a.key, { id: a.key, name: a.name, type: a.type, aliases: [], mentions: sortSpans(a.mentions.map((m) => span(m, `mention of “${a.name}”`))) });
    renamed.add(a.key);
  }
  const need = (key: string, what: string) => {
    const entity = byKey.get(key);
    if (!entity) throw new BadInputError(`The ${what} refers to an entity (${key}) that is not in this preview; preview the article again.`);
    return entity;
  };
  for (const edit of c.edits) {
    const entity = need(edit.key, 'correction');
    if (edit.mentions) entity.mentions = sortSpans(edit.mentions.map((m) => span(m, `mention of “${edit.name ?? entity.name}”`)));
    if (edit.type && edit.type !== entity.type) {
      entity.type = edit.type;
      renamed.add(edit.key);
    }
    if (edit.name && edit.name !== entity.name) {
      // The old name was the mistake: it does not stay on as an alias.
      entity.aliases = entity.aliases.filter((a) => a !== entity.name && a !== edit.name);
      entity.name = edit.name;
      renamed.add(edit.key);
    }
  }
  const links = new Map(c.links.map((l) => [need(l.key, 'link').id, { entityId: l.entityId, name: l.name }]));
  // Spans first: the relations the user sees (and retypes, by index) are those that followed their mentions.
  const claimers = new Set([...c.added.map((a) => a.key), ...c.edits.filter((e) => e.mentions).map((e) => e.key)]);
  const withOrigins: OriginRelation[] = raw.relations.map((r, index) => ({ ...r, origin: { index } }));
  const claimed = claimSpans([...byKey.values()], withOrigins, claimers, new Map(raw.entities.map((e) => [e.id, e.mentions])));
  const relations = claimed.relations;
  for (const r of c.retypedRelations) {
    const at = relations.findIndex((x) => 'index' in x.origin && x.origin.index === r.index);
    const relation = relations[at];
    if (!relation) throw new BadInputError(`There is no relation ${r.index} in this preview; preview the article again.`);
    const [source, target] = r.reversed ? [relation.target, relation.source] : [relation.source, relation.target];
    relations[at] = { ...relation, type: r.type, source, target, confidence: 1 };
    checkFits(r.type, need(source, 'relation'), need(target, 'relation'));
  }
  c.addedRelations.forEach((r, added) => {
    const [source, target] = [need(r.source, 'new relation'), need(r.target, 'new relation')];
    if (source.id === target.id) throw new BadInputError(`A relation needs two different entities; “${source.name}” is at both ends.`);
    checkFits(r.type, source, target);
    relations.push({ type: r.type, source: r.source, target: r.target, confidence: 1, evidence: [span(r.evidence, `evidence of ${r.type}`)], origin: { added } });
  });
  const merged = mergeTargets(c.merges, need);
  // rewriteIds combines merged entities and drops relations that a merge turned into loops; origins follow.
  // Co-mentions whose sentence no longer names an end (a fixed span took the mention) go; then merge loops go.
  const kept = groundCoMentions(relations, claimed.entities).filter((r) => (merged.get(r.source) ?? r.source) !== (merged.get(r.target) ?? r.target));
  const extraction = rewriteIds({ ...raw, entities: claimed.entities, relations: kept }, merged);
  return {
    extraction: {
      ...extraction,
      relations: kept.map(({ origin: _origin, ...r }) => ({ ...r, source: merged.get(r.source) ?? r.source, target: merged.get(r.target) ?? r.target })),
    },
    origins: kept.map((r) => r.origin),
    links,
    renamed,
  };
}

function checkFits(type: string, source: ExtractedEntity, target: ExtractedEntity) {
  if (!fitsVocabulary(type, source.type, target.type)) {
    throw new BadInputError(`${type} cannot go from ${source.type} “${source.name}” to ${target.type} “${target.name}” (graph-seed/relations.json); choose another type.`);
  }
}

/** Each merged key → the key it ends in, following chains (a into b, b into c); a cycle is refused. */
function mergeTargets(merges: Corrections['merges'], need: (key: string, what: string) => ExtractedEntity): Map<string, string> {
  const into = new Map<string, string>();
  for (const m of merges) {
    need(m.from, 'merge');
    need(m.into, 'merge');
    if (m.from !== m.into) into.set(m.from, m.into);
  }
  const resolved = new Map<string, string>();
  for (const from of into.keys()) {
    let end = from;
    const seen = new Set<string>();
    while (into.has(end)) {
      if (seen.has(end)) throw new BadInputError('The merges go round in a circle; undo one of them.');
      seen.add(end);
      end = into.get(end)!;
    }
    resolved.set(from, end);
  }
  return resolved;
}

function sortSpans(spans: Span[]): Span[] {
  const unique = new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
  return [...unique.values()].sort((a, b) => a.start - b.start);
}
