import { cleanText, firstOf, httpUrl, languageOf, type ArticleMetadata } from './fields';
import { parseDateValue } from './dates';

/** Field names that hold each piece of metadata in the JSON exports people actually have (NewsAPI, CMS dumps, scrapers). */
const FIELDS = {
  text: ['text', 'body', 'content', 'articleBody'],
  title: ['title', 'headline'],
  publishedAt: ['publishedAt', 'published_at', 'datePublished', 'date'],
  source: ['source', 'publisher', 'site_name'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
} as const;

export type JsonArticle = ArticleMetadata & { text: string };

/**
 * One JSON record → its text and metadata, or the reason it is not an article. Unknown fields are ignored;
 * a metadata field that cannot be read (a date like "yesterday", a relative link) is left out, not fatal.
 */
export function metadataFromJson(value: unknown): { ok: true; article: JsonArticle } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `the record is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object like {"title": …, "text": …}` };
  }
  const record = value as Record<string, unknown>;
  const pick = (names: readonly string[]) => names.map((n) => record[n]).find((v) => v !== undefined && v !== null);
  const text = pick(FIELDS.text);
  if (typeof text !== 'string') {
    return { ok: false, reason: `the record has no text: give the article's text in a "text" field (or ${FIELDS.text.slice(1).join(', ')})` };
  }
  if (text.trim() === '') return { ok: false, reason: "the record's text is empty: give the text of a news article" };
  const meta: ArticleMetadata = {
    title: cleanText(pick(FIELDS.title), 500),
    publishedAt: parseDateValue(pick(FIELDS.publishedAt)),
    source: firstOf(cleanText(pick(FIELDS.source), 200), cleanText(nameOf(pick(FIELDS.source)), 200)),
    url: httpUrl(pick(FIELDS.url)),
    language: languageOf(pick(FIELDS.language)),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { ok: true, article: { text, ...defined } };
}

/** NewsAPI and schema.org give the source as an object: {"name": "Le Monde"}. */
function nameOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
}
