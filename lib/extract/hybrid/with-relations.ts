import { groundCoMentions } from '../relations/grounded';
import type { Extraction } from '@/lib/model';
import { findRelationsAmong, joinRelations } from '../relations';
import { mergeWithModel } from './merge';
import type { HybridExtraction, ModelMention } from './types';

/**
 * The merge, then the relation patterns once more over the merged entities: an organisation CoreNLP found, or a
 * club the rules had as a person, takes part in typed relations like any other (the rules' patterns could not
 * relate it, their vocabulary refusing a "person" as a club).
 */
export function mergeWithRelations(text: string, rules: Extraction, model: ModelMention[], sentences: { start: number; end: number }[]): HybridExtraction {
  const merged = mergeWithModel(text, rules, model, sentences);
  // Sentences naming only entities the rules had, as they had them, hold no relation the rules did not see.
  const before = new Map(rules.entities.map((e) => [e.id, e]));
  const changed = merged.entities.filter((e) => before.get(e.id)?.type !== e.type || before.get(e.id)!.mentions.length !== e.mentions.length);
  const found = findRelationsAmong(text, merged.language, merged.entities, new Set(changed.map((e) => e.id)));
  // The merge may have moved mentions off an entity (a glued name split): its co-mentions follow the mentions.
  // A typed relation the rules read with an entity of another type ("Emirates Stadium" as a club) is read again
  // with its new type, or goes: the patterns above had the sentence with the entity as it now is.
  const retyped = new Set(merged.entities.filter((e) => !before.has(e.id) && e.foundBy.includes('rules')).map((e) => e.id));
  const lost = lostMentions(before, merged.entities);
  const kept = merged.relations.filter((r) => r.type === 'CO_MENTIONED' || (!retyped.has(r.source) && !retyped.has(r.target) && !readFromLost(r, lost)));
  return { ...merged, relations: groundCoMentions(joinRelations(merged.entities, kept, found), merged.entities) };
}

type Entity = Extraction['entities'][number];
type Relation = Extraction['relations'][number];

/** For each entity the merge took mentions from: those mentions, and the ones it kept. */
function lostMentions(before: Map<string, Entity>, after: Entity[]): Map<string, { lost: Entity['mentions']; kept: Entity['mentions'] }> {
  const out = new Map<string, { lost: Entity['mentions']; kept: Entity['mentions'] }>();
  for (const is of after) {
    const was = before.get(is.id);
    if (!was) continue;
    const starts = new Set(is.mentions.map((m) => m.start));
    const lost = was.mentions.filter((m) => !starts.has(m.start));
    if (lost.length) out.set(is.id, { lost, kept: is.mentions });
  }
  return out;
}

/**
 * Whether the rules read a typed relation from a mention the merge took away from one of its entities: "Reform UK
 * leader Nigel Farage" gave the rules "UK leader", so LEADS the United Kingdom; CoreNLP's "Reform UK" took the "UK",
 * and the relation goes with it (the patterns read that sentence again with the party).
 */
function readFromLost(r: Relation, lost: Map<string, { lost: Entity['mentions']; kept: Entity['mentions'] }>): boolean {
  const inside = (span: { start: number; end: number }, m: { start: number; end: number }) => m.start >= span.start && m.end <= span.end;
  return [r.source, r.target].some((id) => {
    const moved = lost.get(id);
    return !!moved && r.evidence.some((span) => moved.lost.some((m) => inside(span, m)) && !moved.kept.some((m) => inside(span, m)));
  });
}
