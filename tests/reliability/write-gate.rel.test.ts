/**
 * Reliability 10: with NEWSGRAPH_WRITE_TOKEN set, no write gets through without it, from any page or route.
 * Server actions are enumerated from the build's own manifest and API routes from app/api on disk, so an
 * action or route added later is attacked too without editing this file. The graph's counts never change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from '@playwright/test';
import { loadSeed } from '@/lib/seed/load-seed';
import { startApp } from './app';
import { withEmptyDatabase } from './fixture';
import { watchGraphCounts } from '../security/harness';

const ROOT = path.resolve(__dirname, '..', '..');
const TOKEN = 'reliability-write-token-0123456789';
const REFUSED = /needs the write token/;
let app: Awaited<ReturnType<typeof startApp>> | undefined;

type ActionEntry = { id: string; exportedName: string; filename: string; page: string };

/** Every server action in the build, with a page that serves it ([id] segments get the seed's ids). */
function buildActions(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/page';
    const page = `/${worker.replace(/^app\/?/, '').replace(/\/?page$/, '')}`.replace('[id]', 'org-unodc');
    return { id, exportedName: entry.exportedName, filename: entry.filename, page };
  });
}

/** Calls a server action the way the browser does: POST to its page with the Next-Action header. */
async function callAction(action: ActionEntry, args: unknown[], headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = `${app?.url}${action.page}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: app?.url ?? '',
      'Sec-Fetch-Site': 'same-origin',
      ...headers,
    },
    body: JSON.stringify(args),
  });
  return { status: response.status, text: await response.text() };
}

withEmptyDatabase();
beforeAll(async () => {
  await loadSeed();
});
const graph = watchGraphCounts();
beforeAll(async () => {
  app = await startApp(process.env.NEO4J_URI as string, { NEWSGRAPH_WRITE_TOKEN: TOKEN });
});
afterAll(() => app?.stop());

const ARGS_THAT_WOULD_WRITE: Record<string, unknown[]> = {
  commitArticle: [{ input: { text: 'Le Conseil de sécurité a adopté une résolution à Genève. Ban Ki-moon a salué ce vote.' }, overrides: {} }],
  reloadSeed: [null, {}],
  saveView: [{ name: 'gate probe', kind: 'cypher', body: { query: 'RETURN 1', params: {} } }],
  deleteView: [{ id: 'example-unodc-neighbourhood' }],
  curateEntity: [null, { intent: 'rename', entityId: 'org-unodc', name: 'Renamed by a stranger' }],
  previewUrl: [{ url: 'https://example.org/' }],
  ingestUpload: [{}],
  ingestRecordBatch: [{ file: 'gate-probe.jsonl', records: [{ line: 1, value: { text: 'Ban Ki-moon a salué le vote du Conseil de sécurité à Genève.', title: 'Gate probe' } }] }],
  resolveDuplicate: [null, { intent: 'merge', sourceId: 'org-unodc', targetId: 'org-united-nations' }],
};

describe('reliability 10: the write gate holds for every action and route', () => {
  it('finds the actions in the build', () => {
    const names = buildActions().map((a) => a.exportedName);
    expect(names).toEqual(expect.arrayContaining(['commitArticle', 'ingestUpload', 'curateEntity', 'reloadSeed', 'saveView', 'deleteView', 'runConsoleQuery', 'login']));
  });

  it('every writing action refuses an anonymous browser, and nothing changes', async () => {
    const refused: string[] = [];
    for (const action of buildActions()) {
      const { text } = await callAction(action, ARGS_THAT_WOULD_WRITE[action.exportedName] ?? [{}]);
      if (REFUSED.test(text)) refused.push(action.exportedName);
      await graph.expectUnchanged(`after an anonymous call of ${action.exportedName}`);
    }
    expect(refused.sort()).toEqual(Object.keys(ARGS_THAT_WOULD_WRITE).sort());
  });

  it('a forged session cookie, or the token itself as a cookie, is refused too', async () => {
    const commit = buildActions().find((a) => a.exportedName === 'commitArticle') as ActionEntry;
    for (const cookie of [`newsgraph_session=${TOKEN}`, 'newsgraph_session=v1.AAAA.9999999999.forged', `newsgraph_write=${TOKEN}`]) {
      const { text } = await callAction(commit, ARGS_THAT_WOULD_WRITE.commitArticle ?? [], { Cookie: cookie });
      expect(text).toMatch(REFUSED);
    }
    await graph.expectUnchanged('after forged cookies');
  });

  it('every API write refuses without the token (401), from another origin (403) and as a text/plain form (415)', async () => {
    const writes = [
      { method: 'POST', path: '/api/articles', body: { text: 'Ban Ki-moon a parlé à Genève.' } },
      { method: 'POST', path: '/api/saved-queries', body: { name: 'x', kind: 'cypher', body: { query: 'RETURN 1', params: {} } } },
      { method: 'DELETE', path: '/api/articles/un-news-2011-09-21-security-cooperation' },
      { method: 'DELETE', path: '/api/saved-queries/example-unodc-neighbourhood' },
    ];
    for (const w of writes) {
      const send = (headers: Record<string, string>) => fetch(`${app?.url}${w.path}`, { method: w.method, headers, body: w.body ? JSON.stringify(w.body) : undefined });
      expect((await send({ 'content-type': 'application/json' })).status, `${w.method} ${w.path} anonymous`).toBe(401);
      const bearer = { authorization: `Bearer ${TOKEN}` };
      expect((await send({ ...bearer, 'content-type': 'application/json', origin: 'http://evil.example' })).status, `${w.method} ${w.path} cross-site`).toBe(403);
      expect(
        (await send({ ...bearer, 'content-type': 'application/json', origin: app?.url.replace(/:\d+$/, ':1') ?? '', 'sec-fetch-site': 'same-site' })).status,
        `${w.method} ${w.path} other port`,
      ).toBe(403);
      if (w.body) expect((await send({ ...bearer, 'content-type': 'text/plain' })).status, `${w.method} ${w.path} text/plain`).toBe(415);
      await graph.expectUnchanged(`after refused ${w.method} ${w.path}`);
    }
  });

  it('in Chromium: an anonymous rename is refused; signing in lets this browser curate; signing out ends it', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const rename = async (name: string) => {
        await page.goto(`${app?.url}/entities/org-unodc/curate`);
        await page.getByLabel('New name').fill(name);
        await page.getByRole('button', { name: 'Rename', exact: true }).click();
      };
      await rename('Renamed by a stranger');
      await page.getByRole('alert').filter({ hasText: REFUSED }).waitFor();
      // A person is told to sign in, and the header has the way there.
      await page.getByRole('alert').filter({ hasText: 'sign in at /login' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Sign in to change the graph' }).waitFor();
      await graph.expectUnchanged('after an anonymous rename in the browser');

      const signIn = async () => {
        await page.goto(`${app?.url}/login`);
        await page.getByLabel('Write token').fill(TOKEN);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /Signed in/ })
          .waitFor();
        return (await context.cookies()).find((c) => c.name === 'newsgraph_session');
      };
      const first = await signIn();
      await page
        .getByRole('banner')
        .getByRole('link', { name: /^Signed in/ })
        .waitFor();
      // Signed in, /login offers only Sign out; a new browser profile signing in gets a session of its own.
      expect(await page.getByLabel('Write token').count()).toBe(0);
      await context.clearCookies();
      const second = await signIn();
      expect(first?.value).toMatch(/^v1\./);
      expect(first?.value).not.toContain(TOKEN);
      expect(first?.httpOnly).toBe(true);
      expect(first?.sameSite).toBe('Strict');
      expect(second?.value).not.toBe(first?.value);

      await rename('UNODC (signed in)');
      await page
        .getByRole('status')
        .filter({ hasText: /Renamed/ })
        .waitFor();
      const renamed = await fetch(`${app?.url}/api/entities/org-unodc`).then((r) => r.json() as Promise<{ entity: { name: string } }>);
      expect(renamed.entity.name).toBe('UNODC (signed in)');

      await page.goto(`${app?.url}/login`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('Signed out.').waitFor();
      expect((await context.cookies()).find((c) => c.name === 'newsgraph_session')).toBeUndefined();
      await rename('After sign-out');
      await page.getByRole('alert').filter({ hasText: REFUSED }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
