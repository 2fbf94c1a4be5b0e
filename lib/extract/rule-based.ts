import type { Extraction, Language } from '@/lib/model';
import { clusterMentions } from './coref';
import { getGazetteer } from './gazetteer/load';
import { detectLanguage } from './language';
import { findMentions } from './mentions/collect';
import { normaliseText, toOriginalSpan } from './normalise';
import { findRelations } from './relations';
import { splitSentences } from './sentences';
import { toEntities } from './to-entities';
import { tokenize } from './tokens';
import type { Extractor, ExtractOptions } from './types';

/**
 * The offline, deterministic extractor: normalise → language → sentences → mentions (gazetteer,
 * acronyms, titles, capitalised chunks) → coreference → relations (patterns, gazetteer facts,
 * co-mentions). Every offset it returns points into the original text.
 */
export function extractWithRules(original: string, options: ExtractOptions = {}): Extraction {
  const norm = normaliseText(original);
  const language: Language = options.language ?? detectLanguage(norm.text);
  const sentences = splitSentences(norm.text, language);
  const tokens = tokenize(norm.text);
  const { mentions } = findMentions({ text: norm.text, tokens, sentences, language, gazetteer: getGazetteer() });
  const clusters = clusterMentions(mentions);
  const toSpan = (start: number, end: number) => toOriginalSpan(norm, start, end);
  return {
    language,
    entities: toEntities(clusters, toSpan),
    relations: findRelations(clusters, sentences, norm.text, toSpan),
  };
}

export const ruleBasedExtractor: Extractor = { name: 'rules', extract: extractWithRules };
