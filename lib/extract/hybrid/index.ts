import { getEnv } from '@/lib/env';
import { TooLargeError } from '@/lib/errors';
import type { Extraction } from '@/lib/model';
import { recognise, type RecogniseOptions } from '@/lib/nlp';
import { detectLanguage } from '../language';
import { extractOffThread, mergeOffThread } from '../worker';
import type { ExtractOptions } from '../types';
import type { HybridExtraction } from './types';

export type { HybridEntity, HybridExtraction, Stage } from './types';

/**
 * The rules and CoreNLP's NER on the same text, merged (see mergeWithModel). Needs the NER service:
 * throws NlpUnavailableError, before anything is written, when it does not answer.
 */
export async function extractWithNer(text: string, options: ExtractOptions & { nlp?: RecogniseOptions } = {}): Promise<HybridExtraction> {
  const { nlp: _nlp, ...ruleOptions } = options;
  refuseTooLongForNer(text);
  // The language first (franc reads a fixed-size sample, the function words one linear scan, on texts already
  // bounded above), so that the rules, in a worker thread (lib/extract/worker), and the NER service work at the
  // same time. The whole text, as the rules read it: an opening of names alone can look like another language.
  const language = ruleOptions.language ?? detectLanguage(text);
  const [rules, [answer]] = await Promise.all([extractOffThread(text, { ...ruleOptions, language }), recognise([{ id: 'article', language, text }], options.nlp)]);
  // The merge too runs in a worker: its word lists and passes are the request thread's business no more.
  return (await mergeOffThread(text, rules, { entities: answer!.entities, sentences: answer!.sentences })) as HybridExtraction;
}

/** Before any work: a text the NER service would read for minutes gets a message saying what to do instead. */
function refuseTooLongForNer(text: string): void {
  const max = getEnv().NLP_MAX_ARTICLE_CHARS;
  if (text.length <= max) return;
  const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en')} K characters`;
  throw new TooLargeError(
    `This article is ${kb(text.length)} long; the statistical NER reads at most ${kb(max)} per article (longer texts take minutes). ` +
      'Nothing was added. Split the article into smaller parts, raise NLP_MAX_ARTICLE_CHARS, or extract it with the rules alone (NEWSGRAPH_EXTRACTOR=rules).',
  );
}

/** The extractor NEWSGRAPH_EXTRACTOR names: `hybrid` (default) or `rules`. */
export async function extractConfigured(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  return getEnv().NEWSGRAPH_EXTRACTOR === 'rules' ? extractOffThread(text, options) : extractWithNer(text, options);
}
