import { z } from 'zod';
import { BadInputError } from '@/lib/errors';
import { knownBinaryFormat, WHAT_WE_READ } from './binary-formats';
import { decodeText } from './decode';
import { htmlToText } from './html';
import { checkSize, type IngestInput } from './input';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;

/** A {title, text, publishedAt, url, language} record of a .json or .jsonl file; other fields are ignored. */
const RecordSchema = z.object({
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  source: z.string().optional(),
});

/** One uploaded file → the articles it holds. Throws BadInputError naming the file and what is wrong with it. */
export function parseFile(name: string, bytes: Uint8Array): IngestInput[] {
  const ext = extensionOf(name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    const format = knownBinaryFormat(bytes);
    const advice = format ? ` It is ${format.name}: ${format.advice}.` : '';
    throw new BadInputError(`${name}: unsupported file type “${ext || 'none'}”. ${WHAT_WE_READ} (${SUPPORTED_EXTENSIONS.join(', ')}).${advice}`);
  }
  const text = decodeText(bytes, name);
  if (ext === '.json' || ext === '.jsonl') return parseRecords(name, text, ext);
  checkSize(text);
  if (ext === '.html' || ext === '.htm') {
    const page = htmlToText(text, name);
    return [{ text: page.text, title: page.title || baseName(name) }];
  }
  // Without a Markdown heading the article's first line becomes its title (see toArticle).
  return [{ text, title: titleFromMarkdown(text) }];
}

function parseRecords(name: string, text: string, ext: string): IngestInput[] {
  const values: unknown[] =
    ext === '.jsonl'
      ? text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [parseJson(line, `${name} line ${i + 1}`)]))
      : [parseJson(text, name)].flat();
  if (values.length === 0) throw new BadInputError(`${name} holds no records. Each record needs at least a "text" field.`);
  return values.map((value, i) => {
    const record = RecordSchema.safeParse(value);
    if (!record.success) throw new BadInputError(`${name} record ${i + 1}: ${record.error.issues.map((x) => `${x.path.join('.') || 'record'} ${x.message}`).join('; ')}. Each record is {title, text, publishedAt, url, language}.`);
    const { text: body, title, publishedAt, url, language, source } = record.data;
    return { text: body, title, publishedAt: publishedAt?.slice(0, 10), url, language: language as IngestInput['language'], source };
  });
}

function parseJson(body: string, where: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new BadInputError(`${where} is not valid JSON (${(error as Error).message}).`);
  }
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
