/**
 * `npm run eval:extract -- --compare`: rules only, CoreNLP only and the hybrid on every fixture, one table per
 * set (tuning, held-out, all). `--write-baseline` also commits the held-out figures the ratchet test holds
 * (lib/extract/eval/baseline.json): run it after a real improvement, never to let a regression through.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatComparison, type Compared } from '@/lib/extract/eval/compare';
import { figuresOf, RATCHETED } from '@/lib/extract/eval/figures';
import { EXTRACTORS, extractFixtures } from '@/lib/extract/eval/run-fixtures';
import { scoreArticle } from '@/lib/extract/eval/score';

async function withNlp<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.NLP_URL) return work();
  // @ts-expect-error plain ESM helper without type declarations
  const { startLocalNlp } = await import('./local-nlp.mjs');
  const nlp = (await startLocalNlp({})) as { url: string; stop: () => Promise<void> };
  process.env.NLP_URL = nlp.url;
  try {
    return await work();
  } finally {
    await nlp.stop();
  }
}

export async function compareExtractors(dir: string, options: { writeBaseline?: boolean; details?: boolean } = {}): Promise<void> {
  // The held-out articles are not even extracted for details: their misses must never be seen while tuning.
  const compared = await withNlp(() => extractFixtures(dir, { tuningOnly: options.details }));
  if (options.details) return printTuningDetails(compared);
  for (const [label, subset] of [
    ['Tuning set', compared.filter((c) => !c.gold.heldOut)],
    ['Held-out set', compared.filter((c) => c.gold.heldOut)],
    ['All fixtures', compared],
  ] as const) {
    const langs = ['fr', 'en'].map((l) => `${subset.filter((c) => c.gold.language === l).length} ${l}`).join(', ');
    console.log(`\n## ${label} (${subset.length} articles: ${langs})\n`);
    console.log(formatComparison(subset, [...EXTRACTORS]));
  }
  if (options.writeBaseline) writeBaseline(compared);
}

/** The hybrid's misses per tuning article: false positives, missed entities and missed gold relations. */
function printTuningDetails(compared: Compared[]): void {
  console.log(`\n## Tuning set (${compared.length} articles)\n`);
  console.log(formatComparison(compared, [...EXTRACTORS]));
  for (const c of compared) {
    const score = scoreArticle(c.gold, c.byExtractor.hybrid!);
    console.log(
      `\n#### ${score.id}\n- false positives: ${score.falsePositives.join('; ') || '-'}\n- missed: ${score.falseNegatives.join('; ') || '-'}\n- relations missed: ${score.relations.missed.join('; ') || '-'}`,
    );
  }
}

function writeBaseline(compared: Compared[]): void {
  const of = (subset: Compared[]) => Object.fromEntries(RATCHETED.map((name) => [name, figuresOf(subset, name)]));
  const file = path.resolve(__dirname, '../lib/extract/eval/baseline.json');
  const baseline = {
    _comment: 'Held-out figures the ratchet test (lib/extract/eval/ratchet.int.test.ts) holds; written by `npm run eval:extract -- --compare --write-baseline`.',
    measuredAt: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    heldOut: of(compared.filter((c) => c.gold.heldOut)),
    tuning: of(compared.filter((c) => !c.gold.heldOut)),
  };
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), file)}.`);
}
