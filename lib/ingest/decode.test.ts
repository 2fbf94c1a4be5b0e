import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode';
import { charsetFromContentType, charsetFromMeta } from './charset';

const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0));
  return new Uint8Array([...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
};

describe('decodeText', () => {
  it('reads UTF-8, and windows-1252 / latin-1 when that is what the bytes are', () => {
    expect(decodeText(Buffer.from('Conseil de sécurité — ONUDC'))).toBe('Conseil de sécurité — ONUDC');
    expect(decodeText(Buffer.from('Conseil de sécurité à Moscou', 'latin1'))).toBe('Conseil de sécurité à Moscou');
    // 0x93/0x94 are curly quotes in windows-1252 (Node 20's own windows-1252 decoder gives C1 controls here).
    expect(decodeText(new Uint8Array([0x93, 0x4f, 0x4e, 0x55, 0x94, 0x20, 0xe9, 0x20, 0x80, 0x96]))).toBe('“ONU” é €–');
    expect(decodeText(Buffer.from('Caf\xe9 cr\xe8me', 'latin1'))).not.toContain('\ufffd');
  });

  it('honours a byte order mark: UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Genève')]))).toBe('Genève');
    expect(decodeText(utf16('L’ONUDC à Genève', 'le'))).toBe('L’ONUDC à Genève');
    expect(decodeText(utf16('L’ONUDC à Genève', 'be'))).toBe('L’ONUDC à Genève');
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'odd.txt')).toThrow(/odd.txt starts with a UTF-16LE byte order mark but is not valid/);
  });

  it('honours a charset declared by the server or by the page when the bytes are not UTF-8', () => {
    const euro15 = new Uint8Array([0x50, 0x72, 0x69, 0x78, 0x20, 0xa4]); // iso-8859-15: 0xA4 is €, in latin-1 it is ¤
    expect(decodeText(euro15, 'page', { charset: 'ISO-8859-15' })).toBe('Prix €');
    const meta = new Uint8Array([...Buffer.from('<html><head><meta charset="iso-8859-15"><title>Prix</title></head><body>'), 0xa4, ...Buffer.from('</body></html>')]);
    expect(decodeText(meta)).toContain('€');
    const httpEquiv = new Uint8Array([...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'), 0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1]);
    expect(decodeText(httpEquiv)).toContain('Правда');
    // A page that declares latin-1 but is really UTF-8 (re-saved by an editor) reads as UTF-8.
    expect(decodeText(Buffer.from('<meta charset="iso-8859-1"><p>Genève</p>'))).toContain('Genève');
  });

  it('finds the charset in Content-Type headers and <meta> tags', () => {
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromMeta(Buffer.from('<head><meta name="x" content="y"><meta charset=windows-1252>'))).toBe('windows-1252');
    expect(charsetFromMeta(Buffer.from('<p>no meta</p>'))).toBeUndefined();
  });

  it('refuses PDFs, ZIP/Office files and images, saying what to do', () => {
    expect(() => decodeText(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.txt')).toThrow(
      /report.txt is a PDF, not text. newsgraph reads text, HTML, Markdown and JSON: save the PDF as text first/,
    );
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), 'memo.txt')).toThrow(/ZIP archive \(Word \.docx.*save or export it as plain text/);
    expect(() => decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old.txt')).toThrow(/old Microsoft Office file/);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x.txt')).toThrow(/PNG image/);
    expect(() => decodeText(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'x.txt')).toThrow(/JPEG image/);
    expect(() => decodeText(Buffer.from('{\\rtf1\\ansi Hello}'), 'x.txt')).toThrow(/RTF document/);
  });

  it('refuses NUL-heavy data as binary, but a stray NUL in text is left for cleaning', () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]))).toBe(true);
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'x.bin')).toThrow(/x.bin looks like a binary file.*newsgraph reads text/);
    expect(() => decodeText(Buffer.from('UTF-16 without BOM', 'utf16le'))).toThrow(/binary.*byte order mark/);
    expect(decodeText(Buffer.from(`${'UNODC opened an office. '.repeat(10)}\0`))).toContain('\0');
  });

  it('refuses bytes that are neither UTF-8 nor plausible windows-1252', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x81, 0x8d, 0x42]))).toThrow(/not valid UTF-8/);
    expect(() => decodeText(new Uint8Array([0x41, 0xa4, 0xa6, 0xb1, 0xbc, 0x42]))).toThrow(/not valid UTF-8/);
  });
});
