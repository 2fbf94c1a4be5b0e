/**
 * Readability of the opening view on real text: every article in lib/extract/fixtures is read by the rules
 * extractor and loaded (no NLP service needed), the explorer opens on all of it, and the node labels drawn on
 * screen are counted, with the pairs of them that overlap (target 0).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { extractWithRules } from '@/lib/extract/rule-based';
import { loadArticle } from '@/lib/graph/load-article';
import { validateExtraction } from '@/lib/graph/validate';
import { countGraph } from '@/lib/graph/stats';
import { labelCensus, labelsSettled } from '../../e2e/helpers/label-overlaps';
import { wipe } from '../db';

const DIR = path.resolve(__dirname, '../../lib/extract/fixtures');

export type LabelBench = { articles: number; entities: number; shownNodes: number; visibleLabels: number; overlappingLabels: number; zoom: number };

export async function benchFixtureLabels(browser: Browser, appUrl: string): Promise<LabelBench> {
  await wipe();
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const extraction = extractWithRules(text);
    const article = {
      id: `fixture-${file.replace(/\.txt$/, '').toLowerCase()}`.slice(0, 120),
      title: text.split('\n')[0]!.trim().slice(0, 200) || file,
      language: extraction.language,
      source: 'bench-fixtures',
      text,
    };
    await loadArticle(article, validateExtraction(extraction, text));
  }
  const { entities } = await countGraph();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${appUrl}/?limit=2000`);
    await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined, undefined, { timeout: 120_000 });
    await page.waitForTimeout(700);
    await labelsSettled(page);
    const census = await labelCensus(page);
    return {
      articles: files.length,
      entities,
      shownNodes: census.nodes,
      visibleLabels: census.visible,
      overlappingLabels: census.overlapping,
      zoom: Math.round(census.zoom * 1000) / 1000,
    };
  } finally {
    await page.close();
    await wipe();
  }
}
