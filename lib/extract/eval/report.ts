import type { Extraction } from '@/lib/model';
import { normaliseName } from '../slug';
import { addCounts, toPrf } from './score';
import type { ArticleScore, Counts, Gold } from './types';

const TYPES = ['Person', 'Organization', 'Location', 'Event', 'Document', 'Topic'];
const pct = (n: number) => n.toFixed(2);

function sumByType(scores: ArticleScore[], type: string): Counts {
  return scores.reduce((acc, s) => addCounts(acc, s.byType[type] ?? { predicted: 0, correct: 0, gold: 0, found: 0 }), { predicted: 0, correct: 0, gold: 0, found: 0 });
}

/** One markdown table: rows language × type, with P/R/F1 and the raw counts behind them. */
export function formatEntityTable(scores: ArticleScore[]): string {
  const lines = ['| lang | type | P | R | F1 | predicted | correct | gold | found |', '|---|---|---|---|---|---|---|---|---|'];
  for (const lang of ['fr', 'en', 'all'] as const) {
    const subset = scores.filter((s) => lang === 'all' || s.language === lang);
    for (const type of TYPES) {
      const c = sumByType(subset, type);
      if (c.gold === 0 && c.predicted === 0) continue;
      const { p, r, f1 } = toPrf(c);
      lines.push(`| ${lang} | ${type} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${c.predicted} | ${c.correct} | ${c.gold} | ${c.found} |`);
    }
  }
  return lines.join('\n');
}

export function formatRelationRecall(scores: ArticleScore[]): string {
  const lines = ['| lang | gold relations | pair found | pair recall | typed found | typed recall |', '|---|---|---|---|---|---|'];
  for (const lang of ['fr', 'en', 'all'] as const) {
    const subset = scores.filter((s) => lang === 'all' || s.language === lang);
    const gold = subset.reduce((n, s) => n + s.relations.gold, 0);
    const pair = subset.reduce((n, s) => n + s.relations.pairFound, 0);
    const typed = subset.reduce((n, s) => n + s.relations.typedFound, 0);
    lines.push(`| ${lang} | ${gold} | ${pair} | ${pct(gold ? pair / gold : 1)} | ${typed} | ${pct(gold ? typed / gold : 1)} |`);
  }
  return lines.join('\n');
}

/**
 * Cross-lingual merges: gold entities annotated in both a French and an English article, and
 * whether the extractor gave them one id in both (ONUDC ↔ UNODC, Conseil de sécurité ↔ Security Council).
 */
export function formatCrossLingual(runs: { gold: Gold; extraction: Extraction }[]): string {
  const seen = new Map<string, { fr: Set<string>; en: Set<string>; name: string }>();
  for (const { gold, extraction } of runs) {
    for (const g of gold.entities) {
      const keys = new Set([g.name, ...g.aliases].map(normaliseName));
      const ids = extraction.entities.filter((p) => p.type === g.type && [p.name, ...p.aliases].some((n) => keys.has(normaliseName(n)))).map((p) => p.id);
      const key = `${g.type}:${normaliseName(g.name)}`;
      const slot = seen.get(key) ?? { fr: new Set<string>(), en: new Set<string>(), name: g.name };
      for (const id of ids.length ? ids : ['(missed)']) slot[gold.language].add(id);
      seen.set(key, slot);
    }
  }
  const both = [...seen.values()].filter((s) => s.fr.size > 0 && s.en.size > 0);
  const merged = both.filter((s) => [...s.fr].some((id) => id !== '(missed)' && s.en.has(id)));
  const rows = both.map((s) => `| ${s.name} | ${[...s.fr].join(', ')} | ${[...s.en].join(', ')} | ${merged.includes(s) ? 'yes' : 'no'} |`);
  return [
    `${merged.length} of ${both.length} entities annotated in both languages got one id in both.`,
    '',
    '| entity | fr ids | en ids | merged |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
