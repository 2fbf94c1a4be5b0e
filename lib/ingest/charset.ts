/**
 * Character sets: what the bytes say (a BOM), what the server or the page declares (Content-Type, <meta>), and
 * decoding by a declared label. Labels are WHATWG's (latin1, iso-8859-1 and ascii all mean windows-1252).
 */

/** The encoding a byte order mark announces, and its length; null without one. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset parameter of an HTTP Content-Type header, e.g. `text/html; charset="ISO-8859-1"`. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

/**
 * The charset an HTML page declares in its first 1024 bytes, as browsers prescan for it: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}

/** The WHATWG name for a label (`latin1` → `windows-1252`), or null for a label no decoder knows. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * windows-1252 by table: Node 20's TextDecoder treats it as ISO-8859-1 and turns “ ” – € into C1 controls.
 * Bytes 0x80–0x9F map to the characters below (0 = undefined in windows-1252); every other byte is its code point.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** windows-1252 text, or null when a byte is one windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    const code = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? 0) : b;
    if (code === 0 && b !== 0) return null;
    codes[i] = code;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** Bytes in a named encoding, strictly (null when they are not valid in it). */
export function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
