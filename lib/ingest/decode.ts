import { BadInputError } from '@/lib/errors';
import { knownBinaryFormat, looksBinary, WHAT_WE_READ } from './binary-formats';
import { bomOf, charsetFromMeta, decodeAs, decodeWindows1252, encodingFor } from './charset';

export { charsetFromContentType } from './charset';
export { looksBinary } from './binary-formats';

export type DecodeOptions = {
  /** A charset declared outside the bytes: the HTTP Content-Type of a fetched page. */
  charset?: string;
};

/**
 * Bytes of an uploaded or fetched file → text, in this order:
 * 1. a BOM (UTF-8, UTF-16LE, UTF-16BE) decides;
 * 2. known binary formats (PDF, ZIP/Office, images, archives) and NUL-heavy data are refused, saying what to do;
 * 3. valid UTF-8 is UTF-8 (legacy text almost never happens to be valid UTF-8, so this beats a stale declaration);
 * 4. otherwise a charset the server (options.charset) or the page (<meta charset>) declares;
 * 5. otherwise windows-1252 (a superset of latin-1), when the result looks like prose; else refused.
 * The text still holds whatever controls the file had: checkInput (lib/text/clean-text.ts) removes them.
 */
export function decodeText(bytes: Uint8Array, name = 'the file', options: DecodeOptions = {}): string {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bom.encoding, bytes.subarray(bom.length));
    if (text === null)
      throw new BadInputError(
        `${name} starts with a ${bom.encoding.toUpperCase()} byte order mark but is not valid ${bom.encoding.toUpperCase()}. Save it as UTF-8 and try again.`,
      );
    return text;
  }
  const declared = [options.charset, charsetFromMeta(bytes)].map((label) => (label ? encodingFor(label) : null)).find((e) => e !== null) ?? null;
  // UTF-16 declared by the server has no BOM and is half NULs, so it is decoded before the binary check.
  if (declared?.startsWith('utf-16')) {
    const text = decodeAs(declared, bytes);
    if (text !== null && !text.includes('\0')) return text;
  }
  refuseBinary(bytes, name);
  const utf8 = decodeAs('utf-8', bytes);
  if (utf8 !== null) return utf8;
  if (declared && declared !== 'utf-8') {
    const text = decodeAs(declared, bytes);
    if (text !== null) return text;
  }
  const text = decodeWindows1252(bytes);
  if (text !== null && looksLikeWindows1252(text)) return text;
  throw new BadInputError(`${name} is not valid UTF-8 and does not read as windows-1252/latin-1 either. Save it as UTF-8 and try again.`);
}

function refuseBinary(bytes: Uint8Array, name: string): void {
  const format = knownBinaryFormat(bytes);
  if (format) throw new BadInputError(`${name} is ${format.name}, not text. ${WHAT_WE_READ}: ${format.advice}.`);
  if (looksBinary(bytes)) {
    throw new BadInputError(
      `${name} looks like a binary file, not text. ${WHAT_WE_READ}: upload .txt, .md, .html, .json or .jsonl files (UTF-16 text needs its byte order mark, or save it as UTF-8).`,
    );
  }
}

/** Non-ASCII characters that prose in windows-1252 commonly holds besides letters: quotes, dashes, euro, degree, nbsp. */
const PROSE_SYMBOLS = /[\u00a0\u00ab\u00bb\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u2022]/u;

/** Text decoded as windows-1252 is plausible when its non-ASCII characters are mostly letters or prose punctuation. */
function looksLikeWindows1252(text: string): boolean {
  const high = [...text].filter((ch) => ch.charCodeAt(0) > 127);
  if (high.length === 0) return true;
  const letters = high.filter((ch) => /\p{L}/u.test(ch) || PROSE_SYMBOLS.test(ch)).length;
  return letters / high.length >= 0.7;
}
