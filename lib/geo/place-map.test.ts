import { describe, expect, it } from 'vitest';
import { pinRadius } from './place-map';

describe('pinRadius', () => {
  it('grows with the square root of mentions, from 3 to 12 map units', () => {
    expect(pinRadius(0, 100)).toBe(3);
    expect(pinRadius(100, 100)).toBe(12);
    expect(pinRadius(25, 100)).toBe(7.5);
    expect(pinRadius(5, 0)).toBe(3);
  });
});
