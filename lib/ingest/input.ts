import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { BadInputError, TooLargeError } from '@/lib/errors';
import { LanguageSchema, type Article, type Language } from '@/lib/model';
import { cleanLine, cleanText, refuseLoneSurrogates } from '@/lib/text/clean-text';
import { htmlToText, looksLikeHtml } from './html';
import { metadataFromPlainText } from './metadata/plain-text';

/** What a user, a file record or the API hands in: only the text is required. */
export const IngestInputSchema = z.object({
  text: z.string(),
  title: z.string().trim().max(500).optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2024-05-31' })
    .optional(),
  source: z.string().trim().max(200).optional(),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  language: LanguageSchema.optional(),
});
export type IngestInput = z.infer<typeof IngestInputSchema>;

/**
 * Validated input with its text cleaned: refuses empty and oversized text with a message naming the limit and
 * text with broken characters; removes control characters and normalises to NFC (lib/text/clean-text.ts), so what is
 * stored is what a reader sees.
 */
export function checkInput(raw: unknown): IngestInput {
  const parsed = IngestInputSchema.safeParse(raw);
  if (!parsed.success) throw new BadInputError(`The article is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'} ${i.message}`).join('; ')}`);
  const input = { ...parsed.data };
  refuseLoneSurrogates(input.text, 'article text');
  if (input.title) refuseLoneSurrogates(input.title, 'title');
  if (input.source) refuseLoneSurrogates(input.source, 'source');
  checkSize(input.text);
  if (looksLikeHtml(input.text)) {
    const page = htmlToText(input.text);
    input.text = page.text;
    input.title ||= page.title;
  }
  input.text = cleanText(input.text).trim();
  if (input.text === '') throw new BadInputError('The article text is empty (once control characters are removed). Paste or upload the text of a news article.');
  input.title = input.title === undefined ? undefined : cleanLine(input.title) || undefined;
  input.source = input.source === undefined ? undefined : cleanLine(input.source) || undefined;
  return input;
}

export function checkSize(text: string): void {
  const max = getEnv().MAX_ARTICLE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) {
    throw new TooLargeError(
      `The article is ${bytes.toLocaleString('en')} bytes, over the limit of ${max.toLocaleString('en')} bytes (MAX_ARTICLE_BYTES). Split it, or raise MAX_ARTICLE_BYTES.`,
    );
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stable article id: from the URL when there is one (so a new version replaces the old), else from the text. */
export function articleIdFor(input: Pick<IngestInput, 'url' | 'text'>): string {
  if (input.url) {
    const url = new URL(input.url);
    const slug = `${url.hostname}${url.pathname}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80);
    return `${slug || 'web'}-${sha256Hex(url.href).slice(0, 8)}`;
  }
  return `text-${sha256Hex(input.text).slice(0, 16)}`;
}

/**
 * The Article node for an input: first line as the default title. The date is the one given, else a dateline
 * at the top of the text, else none: the day it was ingested is not the day it was published.
 */
export function toArticle(input: IngestInput, language: Language): Article {
  const firstLine =
    input.text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'Untitled';
  const publishedAt = input.publishedAt ?? metadataFromPlainText(input.text).publishedAt;
  return {
    id: articleIdFor(input),
    // By code points, so a cut never leaves half of a surrogate pair (an emoji) behind.
    title: Array.from(input.title || firstLine)
      .slice(0, 200)
      .join(''),
    ...(publishedAt ? { publishedAt } : {}),
    language,
    source: input.source || (input.url ? new URL(input.url).hostname : 'pasted text'),
    ...(input.url ? { url: input.url } : {}),
    text: input.text,
  };
}
