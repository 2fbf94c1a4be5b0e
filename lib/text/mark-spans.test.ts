import { describe, expect, it } from 'vitest';
import { markSpans } from './mark-spans';

describe('markSpans', () => {
  it('cuts text at spans and keeps every character', () => {
    const pieces = markSpans('Ban Ki-moon à Ekaterinbourg', [
      { start: 14, end: 27, id: 'b' },
      { start: 0, end: 11, id: 'a' },
    ]);
    expect(pieces.map((p) => [p.text, p.mark?.id])).toEqual([
      ['Ban Ki-moon', 'a'],
      [' à ', undefined],
      ['Ekaterinbourg', 'b'],
    ]);
  });

  it('skips overlapping and out-of-range spans', () => {
    const pieces = markSpans('abcdef', [
      { start: 0, end: 4 },
      { start: 2, end: 5 },
      { start: 5, end: 99 },
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['abcd', 'ef']);
  });
});
