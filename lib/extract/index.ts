import type { Extraction } from '@/lib/model';
import { getExtractor } from './registry';
import type { ExtractOptions } from './types';

/** Entities and relations of one French or English article, by the default extractor. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return getExtractor().extract(text, options);
}

export { NoSentenceBreaksError, UnsupportedLanguageError } from './errors';
export { detectLanguage } from './language';
export { canonicalFor, type CanonicalEntity } from './gazetteer/canonical';
export { normaliseName, slugify, toEntityId } from './slug';
export { getExtractor, listExtractors, registerExtractor } from './registry';
export { ruleBasedExtractor, extractWithRules } from './rule-based';
export type { Extractor, ExtractOptions } from './types';
