/**
 * Extraction throughput: KB of article text per second on one core (the extractor is synchronous CPU work; the app
 * runs it in a worker thread), over the real fixture articles (lib/extract/fixtures and the seed), repeated; then
 * text on one line without sentence breaks (100 KB, 400 KB, 1 MB), against the fixtures' rate in the same process.
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

export type LongLine = { kb: number; outcome: 'read' | 'refused'; seconds: number; kbPerSec: number | null; ratioToFixtures: number | null; message?: string };
export type ExtractionResult = { status: 'ok'; fixtures: number; kb: number; perPass: Timing; kbPerSecPerCore: number; msPerArticle: number; longLines: LongLine[] };

/** News-like text with no sentence end: the fixture articles with . ! ? : ; and line breaks taken out. */
function longLine(texts: string[], kb: number): string {
  const flat = texts
    .join(' ')
    .replace(/[.!?;:\n\r]+/g, ' ')
    .replace(/\s+/g, ' ');
  return flat.repeat(Math.ceil((kb * 1024) / flat.length)).slice(0, kb * 1024);
}

export async function benchExtraction({ runs }: { runs: number }): Promise<ExtractionResult> {
  const texts = fixtureTexts();
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
  // Language detection is part of the work, as in the app: no language is passed in.
  const perPass = await measure(
    async () => {
      for (const text of texts) extract(text);
    },
    { warmup: 3, runs },
  );
  const kbPerSecPerCore = Math.round((kb / (perPass.p50 / 1000)) * 10) / 10;
  // Once each: a megabyte takes seconds, and the point is the growth with length, not a tight percentile.
  const longLines = [100, 400, 1024].map((size): LongLine => {
    const text = longLine(texts, size);
    const started = performance.now();
    try {
      extract(text, { language: 'en' });
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round((size / seconds) * 10) / 10;
      return { kb: size, outcome: 'read', seconds: Math.round(seconds * 100) / 100, kbPerSec: rate, ratioToFixtures: Math.round((rate / kbPerSecPerCore) * 100) / 100 };
    } catch (error) {
      const seconds = Math.round(((performance.now() - started) / 1000) * 1000) / 1000;
      return { kb: size, outcome: 'refused', seconds, kbPerSec: null, ratioToFixtures: null, message: error instanceof Error ? error.message : String(error) };
    }
  });
  return {
    status: 'ok',
    fixtures: texts.length,
    kb: Math.round(kb * 10) / 10,
    perPass,
    kbPerSecPerCore,
    msPerArticle: Math.round((perPass.p50 / texts.length) * 100) / 100,
    longLines,
  };
}
