import type { ExtractedRelation, Span } from '@/lib/model';

/**
 * A co-mention says "these two are named in this sentence". Evidence in which one end is not named any more (its
 * mention went to another entity when a glued name was split, by the hybrid or by a correction) is dropped, and a
 * co-mention left with none goes. Typed relations keep theirs: a pattern may name an end by a title or a role
 * ("le Secrétaire général") that is not one of the entity's mentions.
 */
export function groundCoMentions<R extends ExtractedRelation>(relations: R[], entities: { id: string; mentions: Span[] }[]): R[] {
  const mentionsOf = new Map(entities.map((e) => [e.id, e.mentions]));
  const named = (id: string, at: Span) => (mentionsOf.get(id) ?? []).some((m) => m.start >= at.start && m.end <= at.end);
  return relations.flatMap((r) => {
    if (r.type !== 'CO_MENTIONED') return [r];
    const evidence = r.evidence.filter((at) => named(r.source, at) && named(r.target, at));
    if (evidence.length === 0) return [];
    return [evidence.length === r.evidence.length ? r : { ...r, evidence }];
  });
}
