import { describe, expect, it } from 'vitest';
import { ratchetFailures, type Figures } from './figures';

const figures = (f1: number, stored = 0): Figures => ({ f1: { 'fr Person': f1, 'en Location': 0.8 }, overMergesInArticle: 0, overMergesStored: stored });

describe('ratchetFailures', () => {
  it('passes equal or better figures and a drop within the epsilon', () => {
    expect(ratchetFailures({ rules: figures(0.7), hybrid: figures(0.9) }, { rules: figures(0.7), hybrid: figures(0.896) })).toEqual([]);
  });
  it('names each figure that dropped, and over-merges that rose', () => {
    expect(ratchetFailures({ rules: figures(0.7), hybrid: figures(0.9) }, { rules: figures(0.69), hybrid: figures(0.9, 1) })).toEqual([
      'rules held-out F1 fr Person: 0.69 < committed 0.7',
      'hybrid over-merges: 1 > committed 0',
    ]);
  });
  it('holds relation pair recall too, once the baseline has it', () => {
    const withRecall = (pairRecall: number): Figures => ({ ...figures(0.9), pairRecall });
    expect(ratchetFailures({ rules: withRecall(0.2), hybrid: withRecall(0.4) }, { rules: withRecall(0.2), hybrid: withRecall(0.39) })).toEqual([
      'hybrid held-out relation pair recall: 0.39 < committed 0.4',
    ]);
    expect(ratchetFailures({ rules: figures(0.9), hybrid: figures(0.9) }, { rules: withRecall(0), hybrid: withRecall(0) })).toEqual([]);
  });
});
