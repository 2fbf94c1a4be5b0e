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
  const kept = merged.relations.filter((r) => r.type === 'CO_MENTIONED' || (!retyped.has(r.source) && !retyped.has(r.target)));
  return { ...merged, relations: groundCoMentions(joinRelations(merged.entities, kept, found), merged.entities) };
}
