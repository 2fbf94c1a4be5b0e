import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS, splitJsonl, toBatches } from './jsonl';

describe('splitJsonl', () => {
  it('numbers lines as an editor does, skips blank ones, drops a BOM and CR, and keeps bad lines as errors', () => {
    expect(splitJsonl('\uFEFF{"a":1}\r\n\r\n{"b":2}\n{bad\n')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { b: 2 } },
      { line: 4, error: expect.stringMatching(/^Not valid JSON \(.+\)\.$/) },
    ]);
    expect(splitJsonl('')).toEqual([]);
  });
});

describe('toBatches', () => {
  it('groups by count and by bytes, and a record over the byte budget travels alone', () => {
    const small = Array.from({ length: 25 }, (_, i) => i);
    expect(toBatches(small, () => 10).map((b) => b.length)).toEqual([MAX_BATCH_RECORDS, MAX_BATCH_RECORDS, 5]);
    const sizes = [MAX_BATCH_BYTES / 2, MAX_BATCH_BYTES / 2, 1, MAX_BATCH_BYTES * 2, 1];
    expect(toBatches(sizes, (s) => s)).toEqual([[sizes[0], sizes[1]], [1], [sizes[3]], [1]]);
    expect(toBatches([], () => 1)).toEqual([]);
  });
});
