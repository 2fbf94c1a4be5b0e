import { describe, expect, it } from 'vitest';
import { extract, getExtractor, listExtractors, registerExtractor } from './index';

describe('extractor registry', () => {
  it('has the rule-based extractor as default', () => {
    expect(listExtractors()).toContain('rules');
    expect(getExtractor().name).toBe('rules');
  });

  it('lets another extractor register and become the default without changing callers', () => {
    registerExtractor({ name: 'fake', extract: () => ({ language: 'en', entities: [], relations: [] }) }, { makeDefault: true });
    expect(extract('anything at all')).toEqual({ language: 'en', entities: [], relations: [] });
    registerExtractor(getExtractor('rules'), { makeDefault: true });
    expect(getExtractor().name).toBe('rules');
  });

  it('says which extractors exist when asked for an unknown one', () => {
    expect(() => getExtractor('nope')).toThrow(/no extractor named "nope"; registered: rules/);
  });
});
