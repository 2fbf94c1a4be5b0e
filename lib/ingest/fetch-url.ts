import { getEnv } from '@/lib/env';
import { BadInputError } from '@/lib/errors';
import { charsetFromContentType, decodeText } from './decode';
import { htmlToText } from './html';
import { getOnce, type HopOptions } from './http-get';
import type { IngestInput } from './input';

const TIME_LIMIT_MS = 10_000;
const MAX_REDIRECTS = 3;

export type FetchOptions = Partial<Pick<HopOptions, 'allowPrivate' | 'allowAddress' | 'timeoutMs'>>;

/**
 * Fetches an article page on the server. Each hop's host is classified and, for names, every address it
 * resolves to is checked and the connection pinned to those addresses (lib/ingest/http-get.ts); redirects are
 * followed by hand, at most MAX_REDIRECTS, and every hop is checked again. The body is cut off at
 * MAX_ARTICLE_BYTES × 4 of HTML and after 10 seconds.
 */
export async function fetchArticle(rawUrl: string, options: FetchOptions = {}): Promise<IngestInput> {
  const hop: HopOptions = {
    allowAddress: options.allowAddress,
    allowPrivate: options.allowPrivate ?? getEnv().ALLOW_PRIVATE_URLS === '1',
    timeoutMs: options.timeoutMs ?? TIME_LIMIT_MS,
    maxBytes: getEnv().MAX_ARTICLE_BYTES * 4,
  };
  let url = parseUrl(rawUrl);
  for (let redirects = 0; redirects <= MAX_REDIRECTS; redirects += 1) {
    const response = await getOnce(url, hop);
    if (response.redirect) {
      url = parseUrl(new URL(response.redirect, url).href);
      continue;
    }
    const text = decodeText(response.body, url.href, { charset: charsetFromContentType(response.contentType) });
    const page = /html|xml/i.test(response.contentType) || /^\s*</.test(text) ? htmlToText(text, url.href) : { text, title: undefined };
    return { text: page.text, title: page.title, url: url.href, source: url.hostname };
  }
  throw new BadInputError(`${rawUrl} redirects more than ${MAX_REDIRECTS} times; give the article's final address.`);
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BadInputError(`“${raw}” is not a URL. Give an address such as https://example.org/news/article.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInputError(`Only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new BadInputError(`${url.origin} was given with a user name or password; give the article's public address without them.`);
  return url;
}
