import { fitsVocabulary } from '@/lib/extract/relations/vocabulary';
import type { ExtractedEntity, ExtractedRelation, Span } from '@/lib/model';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (m: Span, ev: Span) => m.start >= ev.start && m.end <= ev.end;

/**
 * A span the user gave to one entity (by adding it, or by fixing its mentions) is that entity's alone: the same
 * text is taken away from any other entity that held it ("PSG" leaves the glued "PSG Lucas Chevalier"). An entity
 * left with no mention is dropped. Then a relation follows its mentions: when an end no longer has a mention in the
 * relation's evidence but the entity that took it over does, the relation goes to that entity. Pure.
 */
export function claimSpans<R extends ExtractedRelation>(
  entities: ExtractedEntity[],
  relations: R[],
  claimers: Set<string>,
  /** Each entity's mentions as extracted, before the user's edits: what it had, to tell what it lost. */
  original: Map<string, Span[]>,
): { entities: ExtractedEntity[]; relations: R[] } {
  const claimed = entities.filter((e) => claimers.has(e.id)).flatMap((e) => e.mentions.map((m) => ({ ...m, owner: e.id })));
  const lostBy = new Map<string, Span[]>();
  const kept = entities.map((e) => {
    const mentions = e.mentions.filter((m) => !claimed.some((c) => c.owner !== e.id && overlaps(c, m)));
    const has = new Set(mentions.map((m) => `${m.start}:${m.end}`));
    const lost = (original.get(e.id) ?? []).filter((m) => !has.has(`${m.start}:${m.end}`));
    if (lost.length === 0 && mentions.length === e.mentions.length) return e;
    lostBy.set(e.id, lost);
    // A form it no longer has in the text is no longer one of its names.
    const forms = new Set(mentions.map((m) => m.text));
    const lostForms = new Set(lost.map((m) => m.text));
    return { ...e, mentions, aliases: e.aliases.filter((a) => forms.has(a) || !lostForms.has(a)) };
  });
  if (lostBy.size === 0) return { entities, relations };
  const byId = new Map(kept.map((e) => [e.id, e]));
  const takerOf = (from: string, evidence: Span[], other: string): string | null => {
    const lost = (lostBy.get(from) ?? []).filter((m) => evidence.some((ev) => inside(m, ev)));
    const taker = claimed.find((c) => c.owner !== other && c.owner !== from && lost.some((m) => overlaps(c, m)));
    return taker?.owner ?? null;
  };
  const moved = relations.flatMap((r) => {
    let { source, target } = r;
    for (const end of ['source', 'target'] as const) {
      const id = end === 'source' ? source : target;
      const entity = byId.get(id);
      if (!lostBy.has(id) || !entity) continue;
      const stillThere = entity.mentions.some((m) => r.evidence.some((ev) => inside(m, ev)));
      if (stillThere) continue;
      const taker = takerOf(id, r.evidence, end === 'source' ? target : source);
      if (taker) {
        if (end === 'source') source = taker;
        else target = taker;
      }
    }
    const [s, t] = [byId.get(source), byId.get(target)];
    if (!s || !t || s.mentions.length === 0 || t.mentions.length === 0 || source === target) return [];
    return fitsVocabulary(r.type, s.type, t.type) ? [{ ...r, source, target }] : [r];
  });
  return {
    entities: kept.filter((e) => e.mentions.length > 0),
    relations: moved.filter((r) => byId.get(r.source)!.mentions.length > 0 && byId.get(r.target)!.mentions.length > 0),
  };
}
