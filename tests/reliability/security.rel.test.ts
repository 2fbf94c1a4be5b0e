import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './app';

const ROOT = path.resolve(__dirname, '..', '..');
let app: Awaited<ReturnType<typeof startApp>> | undefined;
beforeAll(async () => {
  app = await startApp(process.env.NEO4J_URI as string);
});
afterAll(() => app?.stop());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('reliability 8: security headers and no credentials in the browser', () => {
  it.each(['/', '/api/health', '/articles/nope'])('%s sends a CSP without unsafe-eval, frame-ancestors none, nosniff', async (route) => {
    const response = await fetch(`${app?.url}${route}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('the Neo4j password given at build time appears in no client bundle', () => {
    // scripts/test-reliability.mjs builds the app with NEO4J_PASSWORD set to this marker.
    const marker = process.env.RELIABILITY_PASSWORD_MARKER;
    expect(marker, 'run through `npm run test:reliability`, which builds with a marker password').toMatch(/^marker-/);
    const files = filesUnder(path.join(ROOT, '.next', 'static'));
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
    const leaking = files.filter((f) => readFileSync(f).includes(marker as string));
    expect(leaking).toEqual([]);
    // The HTML the server sends must not carry it either.
  });

  it('the HTML pages do not carry the password', async () => {
    const marker = process.env.RELIABILITY_PASSWORD_MARKER as string;
    for (const route of ['/', '/articles/nope']) expect(await (await fetch(`${app?.url}${route}`)).text()).not.toContain(marker);
  });
});
