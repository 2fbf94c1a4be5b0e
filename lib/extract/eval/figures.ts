import type { Compared } from './compare';
import { countOverMerges } from './over-merges';
import { addCounts, scoreArticle, toPrf } from './score';
import type { Counts } from './types';

export const MAIN_TYPES = ['Person', 'Organization', 'Location'] as const;
const LANGUAGES = ['fr', 'en'] as const;
const EMPTY: Counts = { predicted: 0, correct: 0, gold: 0, found: 0 };

/** Type-strict F1 per language and main type, and the over-merge counts, of one extractor on a set of fixtures. */
export type Figures = { f1: Record<string, number>; overMergesInArticle: number; overMergesStored: number; pairRecall?: number };

export function figuresOf(compared: Compared[], extractor: string): Figures {
  const f1: Record<string, number> = {};
  for (const lang of LANGUAGES) {
    const scores = compared.filter((c) => c.gold.language === lang).map((c) => scoreArticle(c.gold, c.byExtractor[extractor]!));
    for (const type of MAIN_TYPES) f1[`${lang} ${type}`] = round(toPrf(scores.reduce((acc, s) => addCounts(acc, s.byType[type] ?? EMPTY), EMPTY)).f1);
  }
  const merges = countOverMerges(compared.map((c) => ({ gold: c.gold, x: c.byExtractor[extractor]! })));
  // Gold key relations found as a pair joined by a typed edge (co-mentions do not count), over all languages.
  const relations = compared.map((c) => scoreArticle(c.gold, c.byExtractor[extractor]!).relations);
  const gold = relations.reduce((n, r) => n + r.gold, 0);
  const pairRecall = gold === 0 ? 0 : round(relations.reduce((n, r) => n + r.pairFound, 0) / gold);
  return { f1, overMergesInArticle: merges.inArticle, overMergesStored: merges.asStored, pairRecall };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What the ratchet holds (lib/extract/eval/baseline.json): the held-out figures of the rules and the hybrid.
 * A figure may rise with a change; one that falls below its committed value by more than RATCHET_EPSILON fails
 * `npm test`. After a real improvement, `npm run eval:extract -- --compare --write-baseline` raises the bar.
 */
export const RATCHET_EPSILON = 0.005;
export const RATCHETED = ['rules', 'hybrid'] as const;

/** Figures below their baseline (or over-merges above it), as messages; empty when the ratchet holds. */
export function ratchetFailures(baseline: Record<string, Figures>, now: Record<string, Figures>): string[] {
  const failures: string[] = [];
  for (const extractor of RATCHETED) {
    const [was, is] = [baseline[extractor], now[extractor]];
    if (!was || !is) {
      failures.push(`${extractor}: no figures to compare`);
      continue;
    }
    for (const [key, value] of Object.entries(was.f1)) {
      if ((is.f1[key] ?? 0) < value - RATCHET_EPSILON) failures.push(`${extractor} held-out F1 ${key}: ${is.f1[key]} < committed ${value}`);
    }
    if (was.pairRecall !== undefined && (is.pairRecall ?? 0) < was.pairRecall - RATCHET_EPSILON) {
      failures.push(`${extractor} held-out relation pair recall: ${is.pairRecall} < committed ${was.pairRecall}`);
    }
    if (is.overMergesStored > was.overMergesStored) failures.push(`${extractor} over-merges: ${is.overMergesStored} > committed ${was.overMergesStored}`);
  }
  return failures;
}
