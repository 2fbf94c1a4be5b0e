import { lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { getEnv } from '@/lib/env';
import { BadInputError, TooLargeError } from '@/lib/errors';
import { decodeText } from './decode';
import { htmlToText } from './html';
import type { IngestInput } from './input';
import { isPrivateAddress } from './private-address';

const TIME_LIMIT_MS = 10_000;
const MAX_REDIRECTS = 3;

/**
 * Fetches an article page on the server. Every address a host name resolves to is checked at connection time
 * (so DNS rebinding cannot slip a private address in), redirects are followed by hand and checked again, and
 * the body is cut off at MAX_ARTICLE_BYTES × 4 of HTML and after 10 seconds.
 */
export async function fetchArticle(rawUrl: string, options: { allowPrivate?: boolean; timeoutMs?: number } = {}): Promise<IngestInput> {
  const allowPrivate = options.allowPrivate ?? getEnv().ALLOW_PRIVATE_URLS === '1';
  let url = parseUrl(rawUrl);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await get(url, allowPrivate, options.timeoutMs ?? TIME_LIMIT_MS);
    if (response.redirect) {
      url = parseUrl(new URL(response.redirect, url).href);
      continue;
    }
    const text = decodeText(response.body, url.href);
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
  return url;
}

/** A DNS lookup that refuses private, loopback and link-local answers unless ALLOW_PRIVATE_URLS=1. */
const checkedLookup = (allowPrivate: boolean): LookupFunction => (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as { address: string; family: number }[];
    const refused = !allowPrivate ? list.find((a) => isPrivateAddress(a.address)) : undefined;
    if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolves to the private address ${refused.address}`), { code: 'EPRIVATE' }), '', 0);
    if (options.all) return callback(null, list);
    const first = list[0];
    return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 0);
  });
};

type Fetched = { redirect?: string; body: Uint8Array; contentType: string };

function get(url: URL, allowPrivate: boolean, timeoutMs: number): Promise<Fetched> {
  const maxBytes = getEnv().MAX_ARTICLE_BYTES * 4;
  const client = url.protocol === 'https:' ? https : http;
  // Node connects to IP literals without a lookup, so those are checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(literal) && isPrivateAddress(literal)) {
    return Promise.reject(unreachable(url, Object.assign(new Error(`refused: ${literal} is a private address`), { code: 'EPRIVATE' })));
  }
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    const request = client.get(url, { lookup: checkedLookup(allowPrivate), timeout: timeoutMs, headers: { 'user-agent': 'newsgraph/0.1 (+article ingest)', accept: 'text/html,text/plain;q=0.9' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ redirect: response.headers.location, body: new Uint8Array(), contentType: '' });
      }
      if (status !== 200) {
        response.resume();
        return fail(new BadInputError(`${url.href} answered HTTP ${status}; check the address.`));
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        response.destroy();
        return fail(new TooLargeError(`${url.href} is ${declared.toLocaleString('en')} bytes, over the fetch limit of ${maxBytes.toLocaleString('en')} bytes (4 × MAX_ARTICLE_BYTES).`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          response.destroy();
          fail(new TooLargeError(`${url.href} is over the fetch limit of ${maxBytes.toLocaleString('en')} bytes (4 × MAX_ARTICLE_BYTES).`));
        } else chunks.push(chunk);
      });
      response.on('end', () => resolve({ body: new Uint8Array(Buffer.concat(chunks)), contentType: String(response.headers['content-type'] ?? '') }));
      response.on('error', (error) => fail(unreachable(url, error)));
    });
    const deadline = setTimeout(() => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT', timeoutMs })), timeoutMs);
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT', timeoutMs })));
    request.on('error', (error) => fail(unreachable(url, error)));
  });
}

function unreachable(url: URL, error: Error & { code?: string; timeoutMs?: number }): Error {
  if (error.code === 'EPRIVATE') return new BadInputError(`${url.href} was not fetched: ${error.message.replace(/^refused: /, '')}. Private and loopback addresses are refused (set ALLOW_PRIVATE_URLS=1 to allow them).`);
  if (error.code === 'ETIMEDOUT') return new BadInputError(`${url.href} did not answer within ${(error.timeoutMs ?? TIME_LIMIT_MS) / 1000} seconds.`);
  return new BadInputError(`${url.href} could not be reached (${error.code ?? error.message}). Check the address, or paste the article's text instead.`);
}
