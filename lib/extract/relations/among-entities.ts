import type { ExtractedEntity, ExtractedRelation, Language } from '@/lib/model';
import type { Cluster } from '../coref';
import { getGazetteer } from '../gazetteer/load';
import { isTitleWord } from '../mentions/cues';
import type { Mention } from '../mentions/types';
import { normaliseText, toOriginalSpan } from '../normalise';
import { normaliseName } from '../slug';
import { splitSentences } from '../sentences';
import { withRecurringMentions } from './recurring';
import { findTypedRelations } from './typed';
import { fitsVocabulary } from './vocabulary';

/** Index in the normalised text of an index of the original (normalising only ever composes, never splits). */
function toNormalised(offsets: number[], original: number): number {
  let [lo, hi] = [0, offsets.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The relation patterns over entities found some other way (the hybrid's, where CoreNLP found or retyped names):
 * "Tottenham goalkeeper Guglielmo Vicario" is a PLAYS_FOR only once Tottenham is an organisation, whoever said so.
 * Offsets in and out are the original text's; gazetteer facts and co-mentions are left to the caller. With `focus`,
 * only sentences naming one of those entities are read (the rest was read before, with the same entities).
 */
export function findRelationsAmong(original: string, language: Language, given: ExtractedEntity[], focusIn?: Set<string>): ExtractedRelation[] {
  const norm = normaliseText(original);
  // Sentences where an entity gained a mention were never read with it: they are read again.
  const { entities, gained } = withRecurringMentions(original, given);
  const focus = focusIn && new Set([...focusIn, ...gained]);
  const { byId, byName } = getGazetteer();
  const clusters: Cluster[] = entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    // The gazetteer's entry (by id, as the rules gave it, else by name) says which places hold which.
    entry: byId.get(e.id) ?? byName.get(normaliseName(e.name)),
    mentions: e.mentions
      .map((m): Mention => {
        const [start, end] = [toNormalised(norm.offsets, m.start), toNormalised(norm.offsets, m.end)];
        return { start, end, text: norm.text.slice(start, end), type: e.type, role: 'name', sure: true };
      })
      // A bare title the model took for a name ("Executive Director", "maire") would hide the words patterns read.
      .filter((m) => !m.text.split(/\s+/u).every(isTitleWord)),
  }));
  const sentences = splitSentences(norm.text, language);
  return findTypedRelations(clusters, sentences, norm.text, { known: false, focus }).map((r) => ({
    type: r.type,
    source: r.source.id,
    target: r.target.id,
    confidence: r.confidence,
    evidence: r.sentences.map((s) => toOriginalSpan(norm, s.start, s.end)),
  }));
}

/**
 * Another extractor's relations joined with the patterns' over its entities: one relation per type and pair, the
 * evidence of both, the better confidence. Relations whose ends were retyped out of the vocabulary go, and so do
 * co-mentions of pairs a typed relation now links.
 */
export function joinRelations(entities: ExtractedEntity[], existing: ExtractedRelation[], found: ExtractedRelation[]): ExtractedRelation[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const fits = (r: ExtractedRelation) => {
    const [from, to] = [typeOf.get(r.source), typeOf.get(r.target)];
    return !!from && !!to && fitsVocabulary(r.type, from, to);
  };
  const byKey = new Map<string, ExtractedRelation>();
  for (const r of [...existing, ...found].filter(fits)) {
    const key = `${r.type}|${r.source}|${r.target}`;
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...r, evidence: [...r.evidence] });
      continue;
    }
    kept.confidence = Math.max(kept.confidence, r.confidence);
    for (const e of r.evidence) if (!kept.evidence.some((k) => k.start === e.start && k.end === e.end)) kept.evidence.push(e);
  }
  const all = [...byKey.values()];
  const linked = new Set(all.filter((r) => r.type !== 'CO_MENTIONED').flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
  return all.filter((r) => r.type !== 'CO_MENTIONED' || !linked.has(`${r.source}|${r.target}`));
}
