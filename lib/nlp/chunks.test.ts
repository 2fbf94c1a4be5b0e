import { describe, expect, it } from 'vitest';
import { splitAtBlankLines, splitForService } from './chunks';

describe('splitForService', () => {
  it('keeps a short text whole', () => {
    expect(splitForService('Short text.', 100)).toEqual([{ offset: 0, text: 'Short text.' }]);
  });

  it('cuts at a blank line, then a sentence end, then a space, and the pieces rebuild the text', () => {
    const text = `${'a'.repeat(60)}\n\n${'b'.repeat(50)}. ${'c'.repeat(50)} ${'d'.repeat(40)}`;
    const pieces = splitForService(text, 80);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0]!.text.endsWith('\n\n')).toBe(true);
    expect(pieces[1]!.text.endsWith('. ')).toBe(true);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(80);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    }
  });

  it('cuts a text without any break at the limit', () => {
    const pieces = splitForService('x'.repeat(250), 100);
    expect(pieces.map((p) => [p.offset, p.text.length])).toEqual([
      [0, 100],
      [100, 100],
      [200, 50],
    ]);
  });
});

describe('splitAtBlankLines', () => {
  it('cuts a sentence at blank lines and after a dateline, trimmed, and leaves one without them whole', () => {
    const text = 'Reform UK wins Runcorn\n \nLONDON (Reuters) - Sarah Pochin won.\n\n\nMore.';
    const parts = splitAtBlankLines(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Reform UK wins Runcorn', 'LONDON (Reuters)', 'Sarah Pochin won.', 'More.']);
    expect(splitAtBlankLines('A b.\nC d.', { start: 0, end: 9 })).toEqual([{ start: 0, end: 9 }]);
  });
});
