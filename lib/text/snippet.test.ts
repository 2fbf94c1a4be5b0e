import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

const marked = (s: ReturnType<typeof snippetAround>) => s.segments.filter((x) => x.mark).map((x) => x.text);
const joined = (s: ReturnType<typeof snippetAround>) => s.segments.map((x) => x.text).join('');

describe('snippetAround', () => {
  it('marks whole words that start with a query word, ignoring accents and case', () => {
    const s = snippetAround('Les trafics de drogues et la Drogue à Ekaterinbourg.', 'drogue EKATÉRINBOURG');
    expect(marked(s)).toEqual(['drogues', 'Drogue', 'Ekaterinbourg']);
    expect(joined(s)).toBe('Les trafics de drogues et la Drogue à Ekaterinbourg.');
    expect(s).toMatchObject({ clippedStart: false, clippedEnd: false });
  });

  it('does not mark a query word found inside another word', () => {
    expect(marked(snippetAround('La cybercriminalité et le crime.', 'crime'))).toEqual(['crime']);
  });

  it('cuts a window around the first hit in a long text, at spaces', () => {
    const text = `${'avant '.repeat(100)}la réunion d'Ekaterinbourg ${'après '.repeat(100)}`;
    const s = snippetAround(text, 'ekaterinbourg');
    expect(s).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(marked(s)).toEqual(['Ekaterinbourg']);
    expect(joined(s).length).toBeLessThan(300);
    expect(joined(s)).toMatch(/^avant /);
    expect(joined(s)).toMatch(/ $|après$/);
  });

  it('falls back to the start of the text, unmarked, when the text has no hit', () => {
    const s = snippetAround(`Sans rapport. ${'mot '.repeat(100)}`, 'drogue');
    expect(marked(s)).toEqual([]);
    expect(joined(s)).toMatch(/^Sans rapport\./);
    expect(s).toMatchObject({ clippedStart: false, clippedEnd: true });
  });

  it('keeps HTML in the text as plain text segments', () => {
    const s = snippetAround('<script>alert(1)</script> drogue', 'drogue');
    expect(s.segments[0]).toEqual({ text: '<script>alert(1)</script> ', mark: false });
  });
});
