import type { Language } from '@/lib/model';

/** What a file says about its article. Every field is optional: what is missing stays missing (no invented dates). */
export type ArticleMetadata = { title?: string; publishedAt?: string; source?: string; url?: string; language?: Language };

/** A trimmed, whitespace-collapsed string of at most `max` characters, or undefined when empty or not a string. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text.slice(0, max);
}

/** An absolute http(s) URL, or undefined: a relative or javascript: link is not the article's address. */
export function httpUrl(value: unknown): string | undefined {
  const text = cleanText(value, 2000);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "fr", "fr-FR", "fr_CA", "French", "EN-us" → fr / en. Other languages give undefined, so the extractor's own
 * detection decides (and refuses a language it cannot read) instead of a label nobody checked.
 */
export function languageOf(value: unknown): Language | undefined {
  const text = cleanText(value, 40)?.toLowerCase();
  if (!text) return undefined;
  if (/^(fr|fra|fre|french|français|francais)(?:[-_].*)?$/.test(text)) return 'fr';
  if (/^(en|eng|english|anglais)(?:[-_].*)?$/.test(text)) return 'en';
  return undefined;
}

/** The first defined value, for "og:title, else JSON-LD headline, else <title>" chains. */
export function firstOf<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((v) => v !== undefined);
}

/** `base` with `extra` filling only the fields `base` lacks. */
export function fillMissing(base: ArticleMetadata, extra: ArticleMetadata): ArticleMetadata {
  const out: ArticleMetadata = { ...base };
  for (const key of Object.keys(extra) as Array<keyof ArticleMetadata>) {
    if (out[key] === undefined && extra[key] !== undefined) (out as Record<string, unknown>)[key] = extra[key];
  }
  return out;
}
