import { getEnv } from '@/lib/env';
import type { Extraction } from '@/lib/model';
import { recognise, type RecogniseOptions } from '@/lib/nlp';
import { extractOffThread } from '../worker';
import type { ExtractOptions } from '../types';
import { mergeWithRelations } from './with-relations';
import { toModelMentions } from './model-mentions';
import type { HybridExtraction } from './types';

export type { HybridEntity, HybridExtraction, Stage } from './types';

/**
 * The rules, then CoreNLP's NER on the same text, merged (see mergeWithModel). Needs the NER service:
 * throws NlpUnavailableError, before anything is written, when it does not answer.
 */
export async function extractWithNer(text: string, options: ExtractOptions & { nlp?: RecogniseOptions } = {}): Promise<HybridExtraction> {
  const { nlp: _nlp, ...ruleOptions } = options;
  // The rules run in a worker thread (lib/extract/worker) while this thread waits on the NER service.
  const rules = await extractOffThread(text, ruleOptions);
  const [answer] = await recognise([{ id: 'article', language: rules.language, text }], options.nlp);
  return mergeWithRelations(text, rules, toModelMentions(answer!.entities, text, rules.language), answer!.sentences);
}

/** The extractor NEWSGRAPH_EXTRACTOR names: `hybrid` (default) or `rules`. */
export async function extractConfigured(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  return getEnv().NEWSGRAPH_EXTRACTOR === 'rules' ? extractOffThread(text, options) : extractWithNer(text, options);
}
