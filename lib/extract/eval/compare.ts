import type { Extraction } from '@/lib/model';
import { normaliseName } from '../slug';
import { countOverMerges } from './over-merges';
import { addCounts, scoreArticle, toPrf } from './score';
import type { ArticleScore, Counts, Gold } from './types';

/** Extractions of every fixture by several extractors, keyed by extractor name. */
export type Compared = { gold: Gold; byExtractor: Record<string, Extraction> };

const MAIN_TYPES = ['Person', 'Organization', 'Location'] as const;
const EMPTY: Counts = { predicted: 0, correct: 0, gold: 0, found: 0 };
const f2 = (n: number) => n.toFixed(2);

function f1Of(scores: ArticleScore[], type: string): number {
  return toPrf(scores.reduce((acc, s) => addCounts(acc, s.byType[type] ?? EMPTY), EMPTY)).f1;
}

/** Of the predicted entities whose name is a gold entity's, the share with another type than the gold's. */
function wrongTypeShare(runs: { gold: Gold; x: Extraction }[]): number {
  let named = 0;
  let wrong = 0;
  for (const { gold, x } of runs) {
    for (const p of x.entities) {
      const keys = [p.name, ...p.aliases].map(normaliseName);
      const g = gold.entities.find((e) => [e.name, ...e.aliases].some((n) => keys.includes(normaliseName(n))));
      if (!g) continue;
      named += 1;
      if (g.type !== p.type) wrong += 1;
    }
  }
  return named ? wrong / named : 0;
}

/**
 * One table, one column per extractor: type-strict F1 per language and type, the worst of them (the number
 * EXTRACTION-NOTES.md tracks), the share of found names with the wrong type, and relation pair recall.
 */
export function formatComparison(compared: Compared[], extractors: string[]): string {
  const header = `| measure | ${extractors.join(' | ')} |`;
  const lines = [header, `|---|${extractors.map(() => '---').join('|')}|`];
  const scores = Object.fromEntries(extractors.map((name) => [name, compared.map((c) => scoreArticle(c.gold, c.byExtractor[name]!))]));
  const row = (label: string, value: (name: string) => string) => lines.push(`| ${label} | ${extractors.map(value).join(' | ')} |`);
  for (const lang of ['fr', 'en'] as const) {
    for (const type of MAIN_TYPES)
      row(`F1 ${lang} ${type}`, (name) =>
        f2(
          f1Of(
            scores[name]!.filter((s) => s.language === lang),
            type,
          ),
        ),
      );
  }
  row('**worst F1 (Person/Org/Location × fr/en)**', (name) =>
    f2(
      Math.min(
        ...(['fr', 'en'] as const).flatMap((lang) =>
          MAIN_TYPES.map((t) =>
            f1Of(
              scores[name]!.filter((s) => s.language === lang),
              t,
            ),
          ),
        ),
      ),
    ),
  );
  row('found names with the wrong type', (name) => `${Math.round(wrongTypeShare(compared.map((c) => ({ gold: c.gold, x: c.byExtractor[name]! }))) * 100)}%`);
  const merges = Object.fromEntries(extractors.map((name) => [name, countOverMerges(compared.map((c) => ({ gold: c.gold, x: c.byExtractor[name]! })))]));
  row('over-merges: entities naming two gold things (in one article / as stored across articles)', (name) => `${merges[name]!.inArticle} / ${merges[name]!.asStored}`);
  row('relation pair recall (typed edges)', (name) => {
    const gold = scores[name]!.reduce((n, s) => n + s.relations.gold, 0);
    return f2(gold ? scores[name]!.reduce((n, s) => n + s.relations.pairFound, 0) / gold : 1);
  });
  row('relation typed recall (same type and direction)', (name) => {
    const gold = scores[name]!.reduce((n, s) => n + s.relations.gold, 0);
    return f2(gold ? scores[name]!.reduce((n, s) => n + s.relations.typedFound, 0) / gold : 1);
  });
  row('relation pair recall (any edge, co-mentions too)', (name) => f2(anyEdgeRecall(compared, name)));
  const share = (name: string, part: 'endsFound' | 'edgesOnGoldPairs', whole: 'gold' | 'edgesAmongGold') => {
    const of = scores[name]!.reduce((n, s) => n + s.relations[whole], 0);
    return f2(of ? scores[name]!.reduce((n, s) => n + s.relations[part], 0) / of : 1);
  };
  row('gold relations with both entities found (the most pair recall could be)', (name) => share(name, 'endsFound', 'gold'));
  row('typed edges between gold entities that join a gold pair (a lower bound on precision)', (name) => share(name, 'edgesOnGoldPairs', 'edgesAmongGold'));
  return lines.join('\n');
}

/** Gold relations whose two entities are linked by any edge, CO_MENTIONED included (what the notes' hybrid figure counts). */
function anyEdgeRecall(compared: Compared[], name: string): number {
  let gold = 0;
  let found = 0;
  for (const { gold: g, byExtractor } of compared) {
    const x = byExtractor[name]!;
    const ids = (entity: string) => {
      const ge = g.entities.find((e) => e.name === entity);
      const keys = new Set([entity, ...(ge?.aliases ?? [])].map(normaliseName));
      return new Set(x.entities.filter((p) => (!ge || p.type === ge.type) && [p.name, ...p.aliases].some((n) => keys.has(normaliseName(n)))).map((p) => p.id));
    };
    for (const r of g.relations) {
      gold += 1;
      const [s, t] = [ids(r.source), ids(r.target)];
      if (x.relations.some((e) => (s.has(e.source) && t.has(e.target)) || (s.has(e.target) && t.has(e.source)))) found += 1;
    }
  }
  return gold ? found / gold : 1;
}
