import type { ExtractedRelation } from '@/lib/model';
import type { HybridEntity } from './types';

/** A sentence naming more entities than this is a list (a roll call, a table); pairing them all says nothing. */
const MAX_NAMES_PER_SENTENCE = 12;
const MAX_EVIDENCE = 5;

/**
 * CO_MENTIONED for pairs that include an entity only the model found, one relation per pair with each
 * sentence they share as evidence, as the rules do for theirs. Pairs the rules already linked are left alone.
 */
export function coMentionsOfAdded(
  text: string,
  entities: HybridEntity[],
  added: Set<string>,
  existing: ExtractedRelation[],
  sentences: { start: number; end: number }[],
): ExtractedRelation[] {
  if (added.size === 0) return [];
  const linked = new Set(existing.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
  const pairs = new Map<string, ExtractedRelation>();
  for (const s of sentences) {
    const here = entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end));
    if (here.length > MAX_NAMES_PER_SENTENCE) continue;
    for (let i = 0; i < here.length; i += 1) {
      for (let j = i + 1; j < here.length; j += 1) {
        const [a, b] = [here[i]!, here[j]!];
        if (!added.has(a.id) && !added.has(b.id)) continue;
        const key = `${a.id}|${b.id}`;
        if (linked.has(key)) continue;
        const relation = pairs.get(key) ?? { type: 'CO_MENTIONED', source: a.id, target: b.id, confidence: 0.2, evidence: [] };
        if (relation.evidence.length < MAX_EVIDENCE) relation.evidence.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
        relation.confidence = Math.min(0.4, 0.2 + 0.05 * (relation.evidence.length - 1));
        pairs.set(key, relation);
      }
    }
  }
  return [...pairs.values()];
}
