import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one line per row', () => {
    expect(toCsv(['id', 'n'], [{ id: 'a', n: 1 }, { id: 'b' }])).toBe('id,n\r\na,1\r\nb,\r\n');
  });
});
