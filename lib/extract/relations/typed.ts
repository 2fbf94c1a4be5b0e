import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import type { Sentence } from '../sentences';
import { readContext } from './affiliation';
import { applyCrossSentencePatterns, applyPatterns, type FoundRelation } from './apply';
import { findKnownRelations } from './known';
import { indexMentions, maskSentence, type MaskedSentence, type MentionIndex } from './masked';
import { PATTERNS } from './patterns';
import { findMinistryRelations, isMinistry } from './ministries';
import { findDemonymRoles } from './club-demonyms';
import { findElidedOwners } from './elided-owners';
import { findPronouns, findReferences } from './references';
import { findRoleReferences } from './role-references';
import { withoutAdverbs } from './adverbs';
import { findClubNicknames } from './club-nicknames';
import { dropSuperseded } from './supersede';

export interface MergedRelation {
  type: string;
  source: Cluster;
  target: Cluster;
  confidence: number;
  sentences: Sentence[];
}

/** Merges repeats of one relation: evidence from each sentence once, the best confidence, a bonus for repetition. */
export function mergeFound(found: FoundRelation[]): MergedRelation[] {
  const byKey = new Map<string, MergedRelation>();
  for (const r of found) {
    const key = `${r.type}|${r.source.id}|${r.target.id}`;
    const existing = byKey.get(key) ?? { type: r.type, source: r.source, target: r.target, confidence: 0, sentences: [] };
    existing.confidence = Math.max(existing.confidence, r.confidence);
    if (!existing.sentences.includes(r.sentence)) existing.sentences.push(r.sentence);
    byKey.set(key, existing);
  }
  for (const r of byKey.values()) {
    const bonus = r.type === 'CO_MENTIONED' ? 0.05 : 0.02;
    r.confidence = Math.round(Math.min(r.type === 'CO_MENTIONED' ? 0.4 : 0.98, r.confidence + bonus * (r.sentences.length - 1)) * 100) / 100;
  }
  return [...byKey.values()];
}

export interface TypedPass {
  typed: FoundRelation[];
  masked: MaskedSentence[];
  index: MentionIndex;
  owners: Map<Mention, Cluster>;
}

export interface TypedOptions {
  /** Read gazetteer facts too (they need the rules' entries). */
  known?: boolean;
  /** Only sentences naming one of these entities are read: the others' relations are known already. */
  focus?: Set<string>;
}

const touches = (ms: MaskedSentence, focus?: Set<string>) => !focus || ms.slots.some((s) => focus.has(s.cluster.id));

/**
 * Typed relations of one article: patterns per sentence and over sentence pairs, and (with `known`) the
 * gazetteer's facts, which need the rules' gazetteer entries. A specific type drops a general one of the same pair.
 */
export function findTypedPass(clusters: Cluster[], sentences: Sentence[], text: string, { known = true, focus }: TypedOptions = {}): TypedPass {
  const owners = new Map<Mention, Cluster>(clusters.flatMap((c) => c.mentions.map((m) => [m, c] as const)));
  const index = indexMentions(owners);
  const masked: MaskedSentence[] = sentences.map((s) => maskSentence(s, text, owners, index));
  // The patterns also read "the company", "le club" as the organisation last named, "the chief executive, X" and
  // "son directeur général" as the company's, and a sentence-opening "She" as the person the sentence before named
  // first; co-mentions do not.
  const context = readContext(text);
  // "The striker joined Arsenal" opening a sentence is the person introduced as the striker.
  const references = new Map([...findReferences(text, owners), ...findElidedOwners(text, owners), ...findPronouns(text, sentences, owners)]);
  for (const [mention, person] of findRoleReferences(text, sentences, owners, [...references.keys()])) references.set(mention, person);
  // "Saka scored for the Gunners", "les Lensois": a club's nickname in a sport article.
  for (const [mention, club] of findClubNicknames(text, owners, context.sport, [...references.keys()])) references.set(mention, club);
  const withReferences = references.size ? new Map([...owners, ...references]) : owners;
  const referenceIndex = references.size ? indexMentions(withReferences) : index;
  const forPatterns = (references.size ? sentences.map((s) => maskSentence(s, text, withReferences, referenceIndex)) : masked).map(withoutAdverbs);
  const inside = (ms: MaskedSentence) => new Map(index.within(ms.sentence).map((m) => [m, owners.get(m)!] as const));
  let previous: Cluster | undefined;
  const ministryInFocus = !!focus && clusters.some((c) => focus.has(c.id) && isMinistry(c));
  const typed = masked.flatMap((ms, k) => {
    const read = forPatterns[k]!;
    const here = touches(read, focus);
    const found = here ? [...applyPatterns(read, previous, PATTERNS, context), ...(known ? findKnownRelations(ms, inside(ms), clusters) : [])] : [];
    // A title names its ministry in another sentence: a ministry in focus sends every sentence's titles to it.
    if (here || ministryInFocus) found.push(...findMinistryRelations(read, clusters));
    previous = [...ms.slots].reverse().find((s) => s.cluster.type === 'Organization')?.cluster ?? previous;
    return found;
  });
  for (let i = 0; i + 1 < sentences.length; i += 1) {
    const [a, b] = [sentences[i]!, sentences[i + 1]!];
    if (!/^(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}/u.test(b.text)) continue;
    const pair = { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
    const masked = maskSentence(pair, text, withReferences, referenceIndex);
    if (touches(masked, focus)) typed.push(...applyCrossSentencePatterns(masked));
  }
  // "l'attaquant parisien X": the club is the article's organisation named after the town (read in every sentence).
  typed.push(...findDemonymRoles(forPatterns, clusters, context.sport).filter((r) => !focus || focus.has(r.source.id) || focus.has(r.target.id)));
  return { typed: dropSuperseded(typed), masked, index, owners };
}

/** The typed relations alone, merged. */
export function findTypedRelations(clusters: Cluster[], sentences: Sentence[], text: string, options: TypedOptions = {}): MergedRelation[] {
  return mergeFound(findTypedPass(clusters, sentences, text, options).typed);
}
