import { describe, expect, it } from 'vitest';
import { csvField, csvLines } from './csv';

describe('csvField', () => {
  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1+1')).toBe('"\'-1+1"');
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
  });
});

describe('csvLines', () => {
  it('ends every line with CRLF', () => {
    expect(
      csvLines([
        ['a', 'b'],
        ['x,y', undefined],
      ]),
    ).toBe('a,b\r\n"x,y",\r\n');
  });
});
