import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { recognise } from '@/lib/nlp';
import { extractWithRules } from '../rule-based';
import { mergeWithRelations } from '../hybrid/with-relations';
import { toModelMentions } from '../hybrid/model-mentions';
import type { Compared } from './compare';
import type { Gold } from './types';

export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');
export const EXTRACTORS = ['rules', 'ner', 'hybrid'] as const;

export function readGolds(dir: string = FIXTURES_DIR): { gold: Gold; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold;
      return { gold, text: readFileSync(path.join(dir, `${gold.id}.txt`), 'utf8') };
    });
}

/**
 * Every fixture through the rules, CoreNLP alone and the hybrid. CoreNLP (the service at NLP_URL) reads each
 * article once; NER-only is its mentions merged into an empty rules result, so it gets the same title trimming,
 * generic-word veto and co-mentions as the hybrid. Both then get the relation patterns over their merged entities
 * (mergeWithRelations), as the app's hybrid does.
 */
export async function extractFixtures(dir: string = FIXTURES_DIR, options: { tuningOnly?: boolean } = {}): Promise<Compared[]> {
  const fixtures = readGolds(dir).filter(({ gold }) => !options.tuningOnly || !gold.heldOut);
  const answers = await recognise(fixtures.map(({ gold, text }) => ({ id: gold.id, language: gold.language, text })));
  return fixtures.map(({ gold, text }, i): Compared => {
    const rules = extractWithRules(text, { language: gold.language });
    const model = toModelMentions(answers[i]!.entities, text, gold.language);
    const ner = mergeWithRelations(text, { language: gold.language, entities: [], relations: [] }, model, answers[i]!.sentences);
    return { gold, byExtractor: { rules, ner, hybrid: mergeWithRelations(text, rules, model, answers[i]!.sentences) } };
  });
}
