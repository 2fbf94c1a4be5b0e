import type { ExtractedEntity, Extraction } from '@/lib/model';
import { normaliseName } from '../slug';
import type { ArticleScore, Counts, Gold } from './types';

type GoldEntity = Gold['entities'][number];

/** Names an entity goes by, compared case-, accent- and punctuation-insensitively. */
const keysOf = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(normaliseName));

function matches(p: ExtractedEntity, g: GoldEntity): boolean {
  if (p.type !== g.type) return false;
  const gk = keysOf(g);
  return [...keysOf(p)].some((k) => gk.has(k));
}

const empty = (): Counts => ({ predicted: 0, correct: 0, gold: 0, found: 0 });

/** Entity precision/recall counts per type, and recall of the gold relations as entity pairs and as typed edges. */
export function scoreArticle(gold: Gold, x: Extraction): ArticleScore {
  const byType: Record<string, Counts> = {};
  const counts = (type: string) => (byType[type] ??= empty());
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  // One to one: each gold entity is found by at most one extracted entity and each extracted entity finds at most one
  // gold entity. A second entity for the same thing ("PSG" beside "Paris Saint-Germain") is a duplicate in the graph
  // and counts as a false positive; one entity for two things (an over-merge) finds only one of them. Gold entities
  // with fewer candidates choose first, each the candidate with the most mentions.
  const hitsOf = new Map(gold.entities.map((g) => [g, x.entities.filter((p) => matches(p, g)).sort((a, b) => b.mentions.length - a.mentions.length)] as const));
  const foundBy = new Map<GoldEntity, ExtractedEntity>();
  const taken = new Set<ExtractedEntity>();
  for (const g of [...gold.entities].sort((a, b) => hitsOf.get(a)!.length - hitsOf.get(b)!.length)) {
    const pick = hitsOf.get(g)!.find((p) => !taken.has(p));
    if (!pick) continue;
    foundBy.set(g, pick);
    taken.add(pick);
  }
  for (const p of x.entities) {
    const c = counts(p.type);
    c.predicted += 1;
    if (taken.has(p)) c.correct += 1;
    else {
      const same = gold.entities.find((g) => matches(p, g));
      falsePositives.push(`${p.type}:${p.name}${same ? ` (a second entity for ${same.name})` : ''}`);
    }
  }
  const idsFor = new Map<string, Set<string>>();
  for (const g of gold.entities) {
    const c = counts(g.type);
    c.gold += 1;
    if (foundBy.has(g)) c.found += 1;
    else falseNegatives.push(`${g.type}:${g.name}`);
    idsFor.set(g.name, new Set(hitsOf.get(g)!.map((h) => h.id)));
  }
  let pairFound = 0;
  let typedFound = 0;
  let endsFound = 0;
  const missed: string[] = [];
  const typed = x.relations.filter((e) => e.type !== 'CO_MENTIONED');
  for (const r of gold.relations) {
    const [s, t] = [idsFor.get(r.source) ?? new Set<string>(), idsFor.get(r.target) ?? new Set<string>()];
    if (s.size > 0 && t.size > 0) endsFound += 1;
    const pair = typed.some((e) => (s.has(e.source) && t.has(e.target)) || (s.has(e.target) && t.has(e.source)));
    const exact = typed.some((e) => e.type === r.type && s.has(e.source) && t.has(e.target));
    pairFound += pair ? 1 : 0;
    typedFound += exact ? 1 : 0;
    if (!exact) missed.push(`${r.type}(${r.source} → ${r.target})${pair ? ' [other type]' : ''}`);
  }
  return {
    id: gold.id,
    language: gold.language,
    heldOut: gold.heldOut,
    byType,
    relations: { gold: gold.relations.length, pairFound, typedFound, endsFound, ...edgePrecision(gold, idsFor, typed), missed },
    falsePositives,
    falseNegatives,
  };
}

/**
 * Typed edges whose two ends are both gold entities, and how many of them join a pair the gold relates. Gold lists
 * an article's key relations, not all true ones, so this share is a lower bound on precision.
 */
function edgePrecision(gold: Gold, idsFor: Map<string, Set<string>>, typed: Extraction['relations']): { edgesAmongGold: number; edgesOnGoldPairs: number } {
  const goldIds = new Set([...idsFor.values()].flatMap((ids) => [...ids]));
  const among = typed.filter((e) => goldIds.has(e.source) && goldIds.has(e.target));
  const onPair = among.filter((e) =>
    gold.relations.some((r) => {
      const [s, t] = [idsFor.get(r.source), idsFor.get(r.target)];
      return !!s && !!t && ((s.has(e.source) && t.has(e.target)) || (s.has(e.target) && t.has(e.source)));
    }),
  );
  return { edgesAmongGold: among.length, edgesOnGoldPairs: onPair.length };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { predicted: a.predicted + b.predicted, correct: a.correct + b.correct, gold: a.gold + b.gold, found: a.found + b.found };
}

export function toPrf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.correct / c.predicted;
  const r = c.gold === 0 ? 1 : c.found / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
