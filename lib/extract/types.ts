import type { Extraction, Language } from '@/lib/model';

export interface ExtractOptions {
  /** Skip detection when the caller knows the language. */
  language?: Language;
}

/** Anything that turns article text into entities and relations: the rules today, a model later. */
export interface Extractor {
  name: string;
  extract(text: string, options?: ExtractOptions): Extraction;
}
