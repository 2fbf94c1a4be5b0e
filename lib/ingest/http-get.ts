import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { BadInputError, TooLargeError } from '@/lib/errors';
import { checkHost, checkResolved, type AddressPolicy } from './private-address';

export type Fetched = { redirect?: string; body: Uint8Array; contentType: string };
export type HopOptions = {
  /** ALLOW_PRIVATE_URLS=1: nothing is checked (a local deployment fetching its own intranet). */
  allowPrivate: boolean;
  /** Replaces the public-address check; localhost names are still refused. */
  allowAddress?: AddressPolicy;
  timeoutMs: number;
  maxBytes: number;
};
type Resolved = { address: string; family: number };

/**
 * One GET, no redirects followed. The host is classified first (literal addresses here, names by resolving
 * them and checking every answer); the socket then connects only to the addresses that were checked, through a
 * lookup that never asks DNS again, so a name that rebinds between check and connect cannot reach anything new.
 */
export async function getOnce(url: URL, options: HopOptions): Promise<Fetched> {
  const addresses = await addressesFor(url, options);
  return request(url, addresses, options);
}

async function addressesFor(url: URL, { allowPrivate, allowAddress }: HopOptions): Promise<Resolved[]> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let host;
  try {
    host = allowPrivate ? null : checkHost(hostname, allowAddress);
  } catch (error) {
    throw unreachable(url, error as Error);
  }
  if (host?.kind === 'address') return [{ address: host.address, family: host.address.includes(':') ? 6 : 4 }];
  let answers: Resolved[];
  try {
    answers = await lookup(hostname, { all: true, verbatim: true });
  } catch (error) {
    throw unreachable(url, error as Error);
  }
  if (answers.length === 0) throw unreachable(url, Object.assign(new Error('no address'), { code: 'ENOTFOUND' }));
  try {
    if (!allowPrivate) checkResolved(hostname, answers, allowAddress);
  } catch (error) {
    throw unreachable(url, error as Error);
  }
  return answers;
}

/** Answers only with the checked addresses, whatever host name the socket asks about. */
export function pinnedLookup(addresses: readonly Resolved[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : [...addresses];
    const first = wanted[0];
    if (!first) return callback(Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' }), '', 0);
    if (options.all) return callback(null, wanted);
    return callback(null, first.address, first.family);
  };
}

function request(url: URL, addresses: Resolved[], { timeoutMs, maxBytes }: HopOptions): Promise<Fetched> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    // agent: false — no pooled socket from an earlier request is reused; each hop connects to what it checked.
    const headers = { 'user-agent': 'newsgraph/0.1 (+article ingest)', accept: 'text/html,text/plain;q=0.9' };
    const req = client.get(url, { agent: false, lookup: pinnedLookup(addresses), timeout: timeoutMs, headers }, (response) => {
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
        return fail(
          new TooLargeError(`${url.href} is ${declared.toLocaleString('en')} bytes, over the fetch limit of ${maxBytes.toLocaleString('en')} bytes (4 × MAX_ARTICLE_BYTES).`),
        );
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
    const timedOut = () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT', timeoutMs }));
    const deadline = setTimeout(timedOut, timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', timedOut);
    req.on('error', (error) => fail(unreachable(url, error)));
  });
}

export function unreachable(url: URL, error: Error & { code?: string; timeoutMs?: number }): Error {
  if (error.code === 'EPRIVATE')
    return new BadInputError(
      `${url.href} was not fetched: ${error.message.replace(/^refused: /, '')}. Only public internet addresses are fetched; private, loopback, link-local and reserved ones are refused (set ALLOW_PRIVATE_URLS=1 to allow them).`,
    );
  if (error.code === 'ETIMEDOUT') return new BadInputError(`${url.href} did not answer within ${(error.timeoutMs ?? 10_000) / 1000} seconds.`);
  return new BadInputError(`${url.href} could not be reached (${error.code ?? error.message}). Check the address, or paste the article's text instead.`);
}
