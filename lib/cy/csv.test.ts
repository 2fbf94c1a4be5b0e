import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('writes a header and one line per row, in column order, escaping fields', () => {
    expect(toCsv(['id', 'n'], [{ n: 1, id: 'a' }, { id: '=b' }])).toBe('id,n\r\na,1\r\n"\'=b",\r\n');
  });
});
