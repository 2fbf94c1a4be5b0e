/**
 * The cost of the general-news relation patterns: rules extraction of the fixture articles with every pattern,
 * and with the general-news families taken out (the diplomatic patterns alone, as before issue 14), measured in
 * turns in one process; and the hybrid's second pattern pass over merged entities against the rules' extraction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '@/lib/extract';
import { findRelationsAmong } from '@/lib/extract/relations';
import { PATTERNS } from '@/lib/extract/relations/patterns';
import { measure, summarize, type Timing } from './stats';

const DIR = path.resolve(__dirname, '../lib/extract/fixtures');

export type RelationPatternsResult = { status: 'ok'; articles: number; all: Timing; diplomaticOnly: Timing; ratio: number; secondPass: Timing; secondPassRatio: number };

export async function benchRelationPatterns({ runs }: { runs: number }): Promise<RelationPatternsResult> {
  const texts = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(DIR, f), 'utf8'));
  const everyPattern = [...PATTERNS];
  const diplomatic = everyPattern.filter((p) => !p.family);
  // The extractor reads the exported array; swapping its contents is how one process runs both sets.
  const activate = (set: typeof PATTERNS) => PATTERNS.splice(0, PATTERNS.length, ...set);
  const pass = () => texts.map((t) => extract(t));
  // In turns, so a change in the machine's load (shared by other work) falls on both sets alike.
  const samples: Record<'all' | 'diplomatic', number[]> = { all: [], diplomatic: [] };
  try {
    for (let i = 0; i < runs + 2; i += 1) {
      for (const [name, set] of [
        ['diplomatic', diplomatic],
        ['all', everyPattern],
      ] as const) {
        activate(set);
        const started = performance.now();
        pass();
        if (i >= 2) samples[name].push(performance.now() - started);
      }
    }
  } finally {
    activate(everyPattern);
  }
  const all = summarize(samples.all);
  const diplomaticOnly = summarize(samples.diplomatic);
  const extractions = pass();
  const secondPass = await measure(
    async () => {
      extractions.forEach((x, i) => findRelationsAmong(texts[i]!, x.language, x.entities));
    },
    { warmup: 2, runs },
  );
  return {
    status: 'ok',
    articles: texts.length,
    all,
    diplomaticOnly,
    ratio: Math.round((all.p50 / diplomaticOnly.p50) * 100) / 100,
    secondPass,
    secondPassRatio: Math.round((secondPass.p50 / all.p50) * 100) / 100,
  };
}

if (process.argv[1] && process.argv[1].endsWith('relation-patterns.ts')) {
  void benchRelationPatterns({ runs: Number(process.argv[2] ?? 10) }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
