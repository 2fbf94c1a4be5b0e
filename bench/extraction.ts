/**
 * Extraction throughput: KB of article text per second on one core (the extractor is synchronous CPU work on
 * the main thread), over the real fixture articles (lib/extract/fixtures and the seed), repeated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '@/lib/extract';
import { measure, type Timing } from './stats';

const ROOT = path.resolve(__dirname, '..');
const FIXTURE_DIRS = ['lib/extract/fixtures', 'graph-seed/articles'];

function fixtureTexts(): string[] {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8')),
  );
}

export type ExtractionResult = { status: 'ok'; fixtures: number; kb: number; perPass: Timing; kbPerSecPerCore: number; msPerArticle: number };

export async function benchExtraction({ runs }: { runs: number }): Promise<ExtractionResult> {
  const texts = fixtureTexts();
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
  // Language detection is part of the work, as in the app: no language is passed in.
  const perPass = await measure(async () => {
    for (const text of texts) extract(text);
  }, { warmup: 3, runs });
  return {
    status: 'ok',
    fixtures: texts.length,
    kb: Math.round(kb * 10) / 10,
    perPass,
    kbPerSecPerCore: Math.round((kb / (perPass.p50 / 1000)) * 10) / 10,
    msPerArticle: Math.round((perPass.p50 / texts.length) * 100) / 100,
  };
}
