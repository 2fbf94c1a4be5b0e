/**
 * File formats people upload by mistake, by their first bytes. Each is refused with what to do instead, so a
 * PDF or a Word document never becomes an "article" of mojibake.
 */
type Format = { name: string; magic: (string | number)[]; advice: string; offset?: number };

const SAVE_AS_TEXT = 'open it and save or export it as plain text (.txt), then upload that';

const FORMATS: Format[] = [
  { name: 'a PDF', magic: ['%PDF-'], advice: 'save the PDF as text first (in a PDF reader: File → Save as text, or `pdftotext file.pdf`), then upload the .txt' },
  { name: 'a ZIP archive (Word .docx, Excel .xlsx, OpenDocument .odt and EPUB files are ZIPs too)', magic: ['PK', 3, 4], advice: SAVE_AS_TEXT },
  { name: 'an empty ZIP archive', magic: ['PK', 5, 6], advice: SAVE_AS_TEXT },
  { name: 'a spanned ZIP archive', magic: ['PK', 7, 8], advice: SAVE_AS_TEXT },
  { name: 'an old Microsoft Office file (.doc, .xls, .ppt)', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], advice: SAVE_AS_TEXT },
  { name: 'an RTF document', magic: ['{\\rtf'], advice: SAVE_AS_TEXT },
  { name: 'a PNG image', magic: [0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a], advice: 'images are not read; upload the article text' },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff], advice: 'images are not read; upload the article text' },
  { name: 'a GIF image', magic: ['GIF8'], advice: 'images are not read; upload the article text' },
  { name: 'a WebP image', magic: ['WEBP'], offset: 8, advice: 'images are not read; upload the article text' },
  { name: 'a TIFF image', magic: ['II*', 0], advice: 'images are not read; upload the article text' },
  { name: 'a TIFF image', magic: ['MM', 0, '*'], advice: 'images are not read; upload the article text' },
  { name: 'a gzip archive', magic: [0x1f, 0x8b], advice: 'unpack it and upload the text files inside' },
  { name: 'a 7-Zip archive', magic: ['7z', 0xbc, 0xaf, 0x27, 0x1c], advice: 'unpack it and upload the text files inside' },
  { name: 'a RAR archive', magic: ['Rar!', 0x1a, 0x07], advice: 'unpack it and upload the text files inside' },
  { name: 'an executable (ELF)', magic: [0x7f, 'ELF'], advice: 'upload the article text' },
  { name: 'an SQLite database', magic: ['SQLite format 3', 0], advice: 'export the articles as JSON or JSON Lines ({title, text, …} records)' },
];

const SIGNATURES = FORMATS.map((f) => ({ ...f, bytes: f.magic.flatMap((m) => (typeof m === 'number' ? [m] : [...Buffer.from(m, 'latin1')])) }));

/** What kind of non-text file the bytes are, and what to do, or null when they start like none of them. */
export function knownBinaryFormat(bytes: Uint8Array): { name: string; advice: string } | null {
  const found = SIGNATURES.find((f) => {
    const at = f.offset ?? 0;
    return bytes.length >= at + f.bytes.length && f.bytes.every((b, i) => bytes[at + i] === b);
  });
  return found ? { name: found.name, advice: found.advice } : null;
}

/**
 * Binary by the first 8 KB: more than 2% NUL bytes or 5% control bytes (UTF-16 without a BOM is half NULs).
 * A stray NUL or two in a text file is not binary: it is removed with the other controls (lib/text/clean-text.ts).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of head) {
    if (b === 0) nul += 1;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return head.length > 0 && (nul / head.length > 0.02 || control / head.length > 0.05);
}

export const WHAT_WE_READ = 'newsgraph reads text, HTML, Markdown and JSON';
