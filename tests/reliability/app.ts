/** Starts the built app (`next start`) for a reliability case; scripts/test-reliability.mjs builds it first. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM helper without type declarations
import { getFreePort } from '@/scripts/free-port.mjs';

const ROOT = path.resolve(__dirname, '..', '..');

export async function startApp(neo4jUri: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No app build: run `npm run test:reliability` (it builds the app) or `npx next build` first.');
  const port = (await getFreePort()) as number;
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: neo4jUri, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  // /api/health answers 200 or 503 once the server is up, whatever the database is doing.
  while (
    !(await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`next start did not come up on ${url}.`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    },
  };
}

/** Every page and GET API route of the app, found on disk so new routes are covered without editing this list. */
export function appRoutes(sample: { entityId: string; articleId: string }): Array<{ url: string; api: boolean }> {
  const found: Array<{ url: string; api: boolean }> = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (!entry.startsWith('_')) visit(full, [...segments, entry]);
        continue;
      }
      const isPage = entry === 'page.tsx';
      const isGetRoute = entry === 'route.ts' && /export (async function|const) GET\b/.test(readFileSync(full, 'utf8'));
      if (!isPage && !isGetRoute) continue;
      const parts = segments.filter((s) => !/^\(.*\)$/.test(s)).map((s, i, all) => (s.startsWith('[') ? (all[i - 1] === 'articles' ? sample.articleId : sample.entityId) : s));
      const query = `?q=${encodeURIComponent('fedotov')}&from=${sample.entityId}&to=org-unodc&id=${sample.entityId}`;
      // Pages get an entity to show (the timeline needs one; the others ignore it), so each really reads the graph.
      found.push({ url: `/${parts.join('/')}${isGetRoute ? query : `?entity=${sample.entityId}`}`, api: isGetRoute });
    }
  };
  visit(path.join(ROOT, 'app'), []);
  return found.sort((a, b) => a.url.localeCompare(b.url));
}
