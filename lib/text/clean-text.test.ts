import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, refuseLoneSurrogates } from './clean-text';
import { checkInput } from '@/lib/ingest/input';

describe('cleanText', () => {
  it('removes NUL, C0 and C1 controls and DEL, keeps tabs and line breaks, and normalises \\r\\n and \\r', () => {
    expect(cleanText('UN\u0000ODC\u0007 said\u001b[31m\u007f\u0085\u009b it\r\nwould\rhelp\tKenya')).toBe('UNODC said[31m it\nwould\nhelp\tKenya');
    expect(cleanText('page one\fpage two\vline')).toBe('page one\npage two\nline');
  });

  it('normalises to NFC, so a decomposed é is the same string as a composed one', () => {
    const decomposed = 'Gene\u0300ve, Se\u0301curite\u0301';
    expect(cleanText(decomposed)).toBe('Genève, Sécurité');
    expect(cleanText(decomposed).length).toBe('Genève, Sécurité'.length);
  });

  it('replaces lone surrogates (only HTML entities can leave them after checking) and keeps pairs', () => {
    expect(cleanText('a\ud800b\udc00c 🙂')).toBe('a\ufffdb\ufffdc 🙂');
  });

  it('makes one-line fields one line', () => {
    expect(cleanLine('  Le\u0000 titre\r\n\tsur\u0085 deux  lignes ')).toBe('Le titre sur deux lignes');
  });
});

describe('refuseLoneSurrogates', () => {
  it('refuses an unpaired surrogate with its position, and accepts emoji and other pairs', () => {
    expect(() => refuseLoneSurrogates('abc\ud83d', 'article text')).toThrow(/The article text holds a broken character \(an unpaired UTF-16 surrogate, U\+D83D, at character 4\)/);
    expect(() => refuseLoneSurrogates('\udc00abc', 'title')).toThrow(/title.*U\+DC00, at character 1/);
    expect(() => refuseLoneSurrogates('🙂 𝒜 ok', 'title')).not.toThrow();
  });
});

describe('checkInput cleans what will be stored', () => {
  it('strips controls from the text, title and source; text of controls only is empty', () => {
    const input = checkInput({ text: '\u0000UNODC\u0000 opened\u0001 an office.\r\n', title: 'T\u0000itle\nhere', source: 'wire\u0007' });
    expect(input).toMatchObject({ text: 'UNODC opened an office.', title: 'Title here', source: 'wire' });
    expect(() => checkInput({ text: '\u0000\u0001\u0002 \u0003' })).toThrow(/empty/);
  });

  it('refuses a lone surrogate in the text or the title with a clear message', () => {
    expect(() => checkInput({ text: 'UNODC \ud800 office' })).toThrow(/article text holds a broken character/);
    expect(() => checkInput({ text: 'UNODC office', title: 'x\udfff' })).toThrow(/title holds a broken character/);
  });

  it('HTML entities for controls do not survive the conversion to text', () => {
    const page = `<!doctype html><html><body><article><p>${'UNODC opened an office in Nairobi on Monday. '.repeat(4)}&#1;&#x7f;&#0;&#xD800;</p></article></body></html>`;
    const text = checkInput({ text: page }).text;
    expect([...text].filter((ch) => (ch < ' ' && ch !== '\n' && ch !== '\t') || (ch >= '\u007f' && ch <= '\u009f'))).toEqual([]);
    expect(text).toContain('\ufffd');
  });
});
