import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '@/lib/errors';
import { fetchArticle } from './fetch-url';
import { HOSTILE_URLS, withPort } from './fixtures/hostile-urls';

/**
 * The real fetch path against real loopback servers that record every request: no hostile spelling of a local
 * address, and no redirect to one, may reach them. Nothing here leaves the machine (every host is refused
 * before a connection or a DNS query).
 */
const hits: string[] = [];
const servers: Server[] = [];
let port = 0;
const article = `<!doctype html><html><head><title>Secret</title></head><body><article><p>${'Internal service answer that must never be fetched. '.repeat(5)}</p></article></body></html>`;

function listen(host: string, wanted: number): Promise<Server | null> {
  const server = createServer((req, res) => {
    hits.push(`${host} ${req.url}`);
    const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (req.url?.startsWith('/loop')) res.writeHead(302, { location: '/loop' }).end();
    else if (to) res.writeHead(302, { location: to }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end(article);
  });
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen(wanted, host, () => resolve(server));
  });
}

beforeAll(async () => {
  const v4 = await listen('127.0.0.1', 0);
  if (!v4) throw new Error('cannot listen on 127.0.0.1');
  servers.push(v4);
  port = (v4.address() as AddressInfo).port;
  // The same port on ::1 and 127.0.0.2 where the machine has them, so IPv6 and other 127/8 spellings would land too.
  for (const host of ['::1', '127.0.0.2']) {
    const extra = await listen(host, port);
    if (extra) servers.push(extra);
  }
});
afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});
beforeEach(() => {
  hits.length = 0;
});

async function refusal(url: string, options: Parameters<typeof fetchArticle>[1] = { allowPrivate: false }): Promise<unknown> {
  return fetchArticle(url, options).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('URL preview never reaches this machine', () => {
  it('the servers answer when private addresses are allowed (so a refusal below is the check, not a dead server)', async () => {
    const page = await fetchArticle(`http://127.0.0.1:${port}/`, { allowPrivate: true });
    expect(page.text).toContain('Internal service answer');
    expect(hits).toEqual(['127.0.0.1 /']);
  });

  it.each(HOSTILE_URLS)('refuses %s (%s) without a request', async (raw) => {
    const error = await refusal(withPort(raw, port));
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toMatch(/was not fetched: .*Only public internet addresses are fetched/);
    expect(hits).toEqual([]);
  });

  it('checks every redirect hop: a trusted first server cannot bounce the fetch to another local address', async () => {
    // Only 127.0.0.1 itself is let through, as if it were a public site; every other spelling stays refused.
    const onlyEntry = { allowPrivate: false, allowAddress: (a: string) => a === '127.0.0.1' };
    const targets = [
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://[::1]:${port}/`,
      `http://127.0.0.2:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://[::]:${port}/`,
      `http://localhost:${port}/`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://[fd00:ec2::254]/`,
    ];
    for (const target of targets) {
      hits.length = 0;
      const error = await refusal(`http://127.0.0.1:${port}/r?to=${encodeURIComponent(target)}`, onlyEntry);
      expect((error as Error).message, target).toMatch(/was not fetched/);
      expect(hits, target).toEqual([`127.0.0.1 /r?to=${encodeURIComponent(target)}`]);
    }
  });

  it('follows at most 3 redirects, and refuses redirects to other schemes', async () => {
    const onlyEntry = { allowPrivate: false, allowAddress: (a: string) => a === '127.0.0.1' };
    expect(((await refusal(`http://127.0.0.1:${port}/loop`, onlyEntry)) as Error).message).toMatch(/redirects more than 3 times/);
    expect(hits).toHaveLength(4);
    expect(((await refusal(`http://127.0.0.1:${port}/r?to=${encodeURIComponent('file:///etc/passwd')}`, onlyEntry)) as Error).message).toMatch(/Only http and https/);
  });
});
