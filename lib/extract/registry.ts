import { ruleBasedExtractor } from './rule-based';
import type { Extractor } from './types';

/**
 * Extractors by name. The rule-based one is the default; a model-based one registers itself here
 * and callers pick it by name, without the loader changing.
 */
const extractors = new Map<string, Extractor>([[ruleBasedExtractor.name, ruleBasedExtractor]]);
let defaultName = ruleBasedExtractor.name;

export function registerExtractor(extractor: Extractor, options: { makeDefault?: boolean } = {}): void {
  extractors.set(extractor.name, extractor);
  if (options.makeDefault) defaultName = extractor.name;
}

export function getExtractor(name: string = defaultName): Extractor {
  const extractor = extractors.get(name);
  if (!extractor) throw new Error(`no extractor named "${name}"; registered: ${[...extractors.keys()].join(', ')}`);
  return extractor;
}

export function listExtractors(): string[] {
  return [...extractors.keys()];
}
