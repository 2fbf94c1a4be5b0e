import type { EntityType, Span } from '@/lib/model';
import type { Corrections, SpanRef } from './corrections';

/**
 * What each control of the ingest preview does to the user's corrections. Pure functions of (corrections, intent),
 * so the page keeps one value, the server applies the same record, and a draft is that record in sessionStorage.
 */
type Edit = Corrections['edits'][number];
const ref = (s: SpanRef): SpanRef => ({ start: s.start, end: s.end });
const overlaps = (a: SpanRef, b: SpanRef) => a.start < b.end && b.start < a.end;

export function editEntity(c: Corrections, key: string, patch: Omit<Edit, 'key'>): Corrections {
  const added = c.added.find((a) => a.key === key);
  if (added) return { ...c, added: c.added.map((a) => (a.key === key ? { ...a, ...patch, mentions: patch.mentions ?? a.mentions } : a)) };
  const previous = c.edits.find((e) => e.key === key);
  const edit = { ...previous, ...patch, key };
  return { ...c, edits: previous ? c.edits.map((e) => (e.key === key ? edit : e)) : [...c.edits, edit] };
}

export function nextAddedKey(c: Corrections): string {
  const used = c.added.map((a) => Number(a.key.slice('added-'.length)));
  return `added-${used.length === 0 ? 0 : Math.max(...used) + 1}`;
}

export function addEntity(c: Corrections, entity: { name: string; type: EntityType; mentions: SpanRef[] }): Corrections {
  return { ...c, added: [...c.added, { key: nextAddedKey(c), name: entity.name, type: entity.type, mentions: entity.mentions.map(ref) }] };
}

/** Takes an added entity out again, with every correction that refers to it. */
export function removeAdded(c: Corrections, key: string): Corrections {
  return {
    ...c,
    added: c.added.filter((a) => a.key !== key),
    merges: c.merges.filter((m) => m.from !== key && m.into !== key),
    links: c.links.filter((l) => l.key !== key),
    addedRelations: c.addedRelations.filter((r) => r.source !== key && r.target !== key),
  };
}

/**
 * "PSG Lucas Chevalier" → select "Lucas Chevalier": the entity takes the selection as its name and as the mention
 * it overlaps; its mentions of other forms ("PSG"), and what the selection cut off the glued mention, are the rest,
 * which becomes an entity of its own when `rest` says so (or is left unmarked).
 */
export function fixSpan(
  c: Corrections,
  entity: { key: string; mentions: Span[] },
  selection: Span,
  text: string,
  fixed: { name: string; type: EntityType },
  rest: { name: string; type: EntityType } | null,
): Corrections {
  const words = new Set(selection.text.split(/\s+/));
  const kept = entity.mentions.filter((m) => !overlaps(m, selection) && (m.text === selection.text || words.has(m.text)));
  const leftover = entity.mentions.flatMap((m) => {
    if (!overlaps(m, selection)) return kept.includes(m) ? [] : [ref(m)];
    return [trimmed(text, m.start, selection.start), trimmed(text, selection.end, m.end)].filter((s): s is SpanRef => s !== null);
  });
  const mentions = [ref(selection), ...kept.map(ref)].sort((a, b) => a.start - b.start);
  const next = editEntity(c, entity.key, { name: fixed.name, type: fixed.type, mentions });
  return rest && leftover.length > 0 ? addEntity(next, { ...rest, mentions: leftover }) : next;
}

/** The most frequent form among spans: the name proposed for the rest of a split. */
export function commonForm(text: string, spans: SpanRef[]): string {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(text.slice(s.start, s.end), (counts.get(text.slice(s.start, s.end)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function trimmed(text: string, start: number, end: number): SpanRef | null {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim().replace(/[,;:.]+$/, '');
  return /\p{L}/u.test(body) ? { start: start + lead, end: start + lead + body.length } : null;
}

const toggle = <T>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export const toggleEntity = (c: Corrections, key: string): Corrections => ({ ...c, droppedEntities: toggle(c.droppedEntities, key) });
export const toggleRelation = (c: Corrections, index: number): Corrections => ({ ...c, droppedRelations: toggle(c.droppedRelations, index) });

/** A relation's type (and direction); back to the extractor's own choice removes the correction. */
export function retypeRelation(c: Corrections, index: number, type: string, reversed: boolean, original: string): Corrections {
  const others = c.retypedRelations.filter((r) => r.index !== index);
  return { ...c, retypedRelations: type === original && !reversed ? others : [...others, { index, type, reversed }] };
}

export function addRelation(c: Corrections, relation: Corrections['addedRelations'][number]): Corrections {
  return { ...c, addedRelations: [...c.addedRelations, { ...relation, evidence: ref(relation.evidence) }] };
}

export const removeAddedRelation = (c: Corrections, index: number): Corrections => ({ ...c, addedRelations: c.addedRelations.filter((_, i) => i !== index) });

export const mergeEntity = (c: Corrections, from: string, into: string): Corrections => ({ ...c, merges: [...c.merges.filter((m) => m.from !== from), { from, into }] });

export function linkEntity(c: Corrections, key: string, stored: { entityId: string; name: string } | null): Corrections {
  const others = c.links.filter((l) => l.key !== key);
  return { ...c, links: stored ? [...others, { key, ...stored }] : others };
}

/** Whole-word occurrences of a form in the text (other mentions of what the user selected). */
export function findOccurrences(text: string, form: string): SpanRef[] {
  if (form.trim() === '') return [];
  const found: SpanRef[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) found.push({ start: at, end: at + form.length });
  }
  return found;
}
