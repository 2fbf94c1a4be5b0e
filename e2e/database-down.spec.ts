import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A second app instance pointed at a port where no Neo4j listens.
test('when Neo4j is unreachable the page says so plainly and how to fix it', async ({ page }) => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const server = spawn('next', ['start', '-p', String(port), '-H', '127.0.0.1'], { env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' }, stdio: 'ignore' });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(503);
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole('heading', { name: 'The graph database is unavailable' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'unavailable' })).toContainText('npm start');
  } finally {
    server.kill('SIGTERM');
  }
});
