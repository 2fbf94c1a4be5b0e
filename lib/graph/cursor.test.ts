import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, nextCursor } from './cursor';

describe('cursors', () => {
  it('round-trip offsets and stop at the end', () => {
    expect(decodeCursor(encodeCursor(125))).toBe(125);
    expect(decodeCursor(null)).toBe(0);
    expect(nextCursor(0, 25, 60)).toBe(encodeCursor(25));
    expect(nextCursor(50, 10, 60)).toBeNull();
  });

  it('refuse anything that is not a cursor', () => {
    expect(() => decodeCursor('25')).toThrow(/not valid/);
    expect(() => decodeCursor('o-1')).toThrow(/not valid/);
  });
});
