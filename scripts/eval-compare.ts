/**
 * `npm run eval:extract -- --compare`: rules only, CoreNLP only and the hybrid on every fixture, one table per
 * set (tuning, held-out, all). CoreNLP reads each article once; NER-only is its mentions alone, merged into an
 * empty rules result (so it gets the same title trimming, generic-word veto and co-mentions as the hybrid). Both
 * then get the relation patterns over their merged entities (mergeWithRelations), as the app's hybrid does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractWithRules } from '@/lib/extract';
import { formatComparison, type Compared } from '@/lib/extract/eval/compare';
import type { Gold } from '@/lib/extract/eval/types';
import { mergeWithRelations } from '@/lib/extract/hybrid/with-relations';
import { toModelMentions } from '@/lib/extract/hybrid/model-mentions';
import { recognise } from '@/lib/nlp';

const EXTRACTORS = ['rules', 'ner', 'hybrid'];

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

export async function compareExtractors(dir: string): Promise<void> {
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
  const compared = await withNlp(async () => {
    const texts = golds.map((g) => readFileSync(path.join(dir, `${g.id}.txt`), 'utf8'));
    const answers = await recognise(golds.map((g, i) => ({ id: g.id, language: g.language, text: texts[i]! })));
    return golds.map((gold, i): Compared => {
      const text = texts[i]!;
      const rules = extractWithRules(text, { language: gold.language });
      const model = toModelMentions(answers[i]!.entities, text, gold.language);
      const ner = mergeWithRelations(text, { language: gold.language, entities: [], relations: [] }, model, answers[i]!.sentences);
      return { gold, byExtractor: { rules, ner, hybrid: mergeWithRelations(text, rules, model, answers[i]!.sentences) } };
    });
  });
  for (const [label, subset] of [
    ['Tuning set', compared.filter((c) => !c.gold.heldOut)],
    ['Held-out set', compared.filter((c) => c.gold.heldOut)],
    ['All fixtures', compared],
  ] as const) {
    const langs = ['fr', 'en'].map((l) => `${subset.filter((c) => c.gold.language === l).length} ${l}`).join(', ');
    console.log(`\n## ${label} (${subset.length} articles: ${langs})\n`);
    console.log(formatComparison(subset, EXTRACTORS));
  }
}
