/**
 * Scores the rule-based extractor against the hand-annotated fixtures in lib/extract/fixtures.
 *   npm run eval:extract                  tables for the tuning set and, separately, the held-out set
 *   npm run eval:extract -- --details     also false positives/negatives and missed relations (tuning set only)
 *   npm run eval:extract -- --compare     rules only, CoreNLP only and the hybrid side by side (needs the NER
 *                                         service: NLP_URL, else a local one is started for the run)
 *   npm run eval:extract -- --compare --details   the tuning set only (held-out is not even extracted), with the
 *                                         hybrid's misses per article
 *   npm run eval:extract -- --compare --write-baseline   also writes the held-out figures the ratchet test holds
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '@/lib/extract';
import { formatCrossLingual, formatEntityTable, formatRelationRecall } from '@/lib/extract/eval/report';
import { scoreArticle } from '@/lib/extract/eval/score';
import type { Gold } from '@/lib/extract/eval/types';

const DIR = path.resolve(__dirname, '../lib/extract/fixtures');
const details = process.argv.includes('--details');
if (process.argv.includes('--compare')) {
  void import('./eval-compare').then(({ compareExtractors }) => compareExtractors(DIR, { writeBaseline: process.argv.includes('--write-baseline'), details }));
} else {
  evaluateRules();
}

function evaluateRules() {
  const runs = readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Gold;
      const text = readFileSync(path.join(DIR, `${gold.id}.txt`), 'utf8');
      const extraction = extract(text);
      if (extraction.language !== gold.language) console.warn(`${gold.id}: detected ${extraction.language}, annotated ${gold.language}`);
      return { gold, extraction, score: scoreArticle(gold, extraction) };
    });

  for (const heldOut of [false, true]) {
    const subset = runs.filter((r) => r.gold.heldOut === heldOut);
    const langs = ['fr', 'en'].map((l) => `${subset.filter((r) => r.gold.language === l).length} ${l}`).join(', ');
    console.log(`\n## ${heldOut ? 'Held-out set' : 'Tuning set'} (${subset.length} articles: ${langs})\n`);
    console.log('### Entities\n');
    console.log(formatEntityTable(subset.map((r) => r.score)));
    console.log('\n### Relations (gold key relations found as an entity pair with a typed relation; typed = same type and direction)\n');
    console.log(formatRelationRecall(subset.map((r) => r.score)));
    if (details && !heldOut) {
      for (const { score } of subset) {
        console.log(
          `\n#### ${score.id}\n- false positives: ${score.falsePositives.join('; ') || '-'}\n- missed: ${score.falseNegatives.join('; ') || '-'}\n- relations missed: ${score.relations.missed.join('; ') || '-'}`,
        );
      }
    }
  }
  console.log('\n## Cross-lingual merges (all fixtures)\n');
  console.log(formatCrossLingual(runs));
}
