import { BadInputError } from '@/lib/errors';

/**
 * Bytes of an uploaded or fetched file → text. UTF-8 first (a BOM is dropped); text that is not valid UTF-8 is
 * read as windows-1252 (a superset of latin-1) only when it then looks like prose, otherwise refused.
 * Binary files are refused before any decoding, so an image never becomes an "article" of mojibake.
 */
export function decodeText(bytes: Uint8Array, name = 'the file'): string {
  if (looksBinary(bytes)) {
    throw new BadInputError(`${name} looks like a binary file, not text. Upload .txt, .md, .html, .json or .jsonl files.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = decodeWindows1252(bytes);
    if (text !== null && looksLikeWindows1252(text)) return text;
    throw new BadInputError(`${name} is not valid UTF-8 and does not read as windows-1252/latin-1 either. Save it as UTF-8 and try again.`);
  }
}

/**
 * windows-1252 by table: Node 20's TextDecoder treats it as ISO-8859-1 and turns “ ” – € into C1 controls.
 * Bytes 0x80–0x9F map to the characters below (0 = undefined in windows-1252); every other byte is its code point.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (const b of bytes) {
    const code = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? 0) : b;
    if (code === 0) return null;
    text += String.fromCharCode(code);
  }
  return text;
}

/** NUL bytes or many control characters in the first 8 KB: what `file` and git call binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/** Non-ASCII characters that prose in windows-1252 commonly holds besides letters: quotes, dashes, euro, degree, nbsp. */
const PROSE_SYMBOLS = /[\u00a0\u00ab\u00bb\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u2022]/u;

/** Text decoded as windows-1252 is plausible when it has no C1 controls and its non-ASCII characters are mostly letters or prose punctuation. */
function looksLikeWindows1252(text: string): boolean {
  if (/[\u0080-\u009f]/.test(text)) return false;
  const high = [...text].filter((ch) => ch.charCodeAt(0) > 127);
  if (high.length === 0) return true;
  const letters = high.filter((ch) => /\p{L}/u.test(ch) || PROSE_SYMBOLS.test(ch)).length;
  return letters / high.length >= 0.7;
}
