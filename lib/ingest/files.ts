import { BadInputError } from '@/lib/errors';
import { knownBinaryFormat, WHAT_WE_READ } from './binary-formats';
import { decodeText } from './decode';
import { htmlToText } from './html';
import { checkSize, type IngestInput } from './input';
import { fillMissing } from './metadata/fields';
import { metadataFromHtml } from './metadata/html';
import { metadataFromPlainText } from './metadata/plain-text';
import { parseRecords, type FileRecord } from './records';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;
/** The source of an uploaded article that names none: not "pasted text", which is what the paste form stores. */
const FILE_SOURCE = 'uploaded file';

/**
 * One uploaded file → the articles it holds, each with the title, date, source, URL and language the file gives
 * (metadata/*); the file name is the last resort for a title, and a date nobody wrote stays unknown.
 * Throws BadInputError naming the file when it cannot be read at all; a bad record of a JSON file fails alone.
 */
export function parseFile(name: string, bytes: Uint8Array): FileRecord[] {
  const ext = extensionOf(name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    const format = knownBinaryFormat(bytes);
    const advice = format ? ` It is ${format.name}: ${format.advice}.` : '';
    throw new BadInputError(`${name}: unsupported file type “${ext || 'none'}”. ${WHAT_WE_READ} (${SUPPORTED_EXTENSIONS.join(', ')}).${advice}`);
  }
  const text = decodeText(bytes, name);
  if (ext === '.json' || ext === '.jsonl') return parseRecords(name, text, ext);
  checkSize(text);
  const input = ext === '.html' || ext === '.htm' ? fromHtml(text, name) : fromPlainText(text, name);
  return [{ file: name, title: input.title, ok: true, input }];
}

function fromHtml(html: string, name: string): IngestInput & { title: string } {
  const page = htmlToText(html, name);
  // The page's own fields first; a dateline in its text only when no field dates it. Readability's title beats a guessed headline.
  const meta = fillMissing(metadataFromHtml(html), { publishedAt: metadataFromPlainText(page.text).publishedAt });
  return { ...meta, text: page.text, title: meta.title ?? page.title ?? baseName(name), source: meta.source ?? (meta.url ? undefined : FILE_SOURCE) };
}

function fromPlainText(text: string, name: string): IngestInput & { title: string } {
  const meta = metadataFromPlainText(text);
  return { ...meta, text, title: titleFromMarkdown(text) ?? meta.title ?? baseName(name), source: FILE_SOURCE };
}

function extensionOf(name: string): string {
  const match = /\.[a-z0-9]+$/i.exec(name);
  return match ? match[0].toLowerCase() : '';
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
}

/** A Markdown file's first-level heading, when it starts with one. */
function titleFromMarkdown(text: string): string | undefined {
  return /^\s*#\s+(.+)$/m.exec(text.split('\n').slice(0, 3).join('\n'))?.[1]?.trim();
}
