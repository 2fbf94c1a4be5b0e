import type { ExtractedEntity } from '@/lib/model';
import { isGenericName } from '../generic-names';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every other place the text writes an entity's name or alias, as written (case included), as a mention for the
 * relation patterns: "Unite general secretary Sharon Graham" relates the union only if that "Unite" is a mention,
 * and the merge may have kept just the first one. Names that are bare generic words ("Office") are skipped, and so
 * is any occurrence overlapping a mention already there (the "Paris" of "Paris Saint-Germain").
 * Returns the entities with their extra mentions and the ids of those that gained some.
 */
export function withRecurringMentions(text: string, entities: ExtractedEntity[]): { entities: ExtractedEntity[]; gained: Set<string> } {
  const taken: ExtractedEntity['mentions'] = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const free = (start: number, end: number) => !taken.some((m) => m.start < end && m.end > start);
  const gained = new Set<string>();
  // A name two entities share (the city and its club) says nothing about which one a new occurrence is.
  const owners = new Map<string, number>();
  for (const e of entities) for (const n of new Set([e.name, ...e.aliases])) owners.set(n, (owners.get(n) ?? 0) + 1);
  const out = entities.map((e) => {
    const names = [...new Set([e.name, ...e.aliases])].filter((n) => owners.get(n) === 1 && n.length >= 2 && /^[\p{Lu}\p{N}]/u.test(n) && !isGenericName(n) && text.includes(n));
    if (names.length === 0) return e;
    const extra: ExtractedEntity['mentions'] = [];
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!free(start, end) || extra.some((x) => x.start < end && x.end > start)) continue;
      extra.push({ start, end, text: m[0] });
      taken.push({ start, end, text: m[0] });
    }
    if (extra.length === 0) return e;
    gained.add(e.id);
    return { ...e, mentions: [...e.mentions, ...extra] };
  });
  return { entities: out, gained };
}
