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
    const text = new TextDecoder('windows-1252').decode(bytes);
    if (looksLikeWindows1252(text)) return text;
    throw new BadInputError(`${name} is not valid UTF-8 and does not read as windows-1252/latin-1 either. Save it as UTF-8 and try again.`);
  }
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

/** Text decoded as windows-1252 is plausible when it has no C1 controls and its non-ASCII characters are mostly letters. */
function looksLikeWindows1252(text: string): boolean {
  if (/[\u0080-\u009f]/.test(text)) return false;
  const high = [...text].filter((ch) => ch.charCodeAt(0) > 127);
  if (high.length === 0) return true;
  const letters = high.filter((ch) => /\p{L}/u.test(ch)).length;
  return letters / high.length >= 0.7;
}
