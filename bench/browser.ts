/**
 * Rendering benchmark of the real explorer in headless Chromium. For each size N the bench database is emptied
 * and a generated graph of N entities and 2N relations is loaded (bench/big-graph.ts, seeded), so the route
 * "/?limit=N" shows all of it; see bench/browser/measure-route.ts for what is timed. The canvas renderer runs at
 * every size, the WebGL one (`?renderer=webgl`) at the sizes given. Also measures the explorer route's JS (gzip)
 * by loading the running app's "/" and gzipping every JS response.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { loadBigGraph } from './big-graph';
import { wipe } from './db';
import { measureRoute, type RenderResult } from './browser/measure-route';
import { benchFixtureLabels, type LabelBench } from './browser/fixture-labels';
import { log } from './stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type BrowserBench = { page: string; results: RenderResult[]; labels: LabelBench; explorerJsGzipKiB: number | null; explorerJsFiles: number };

export async function benchBrowser({ sizes, webglSizes, appUrl }: { sizes: number[]; webglSizes: number[]; appUrl: string | null }): Promise<BrowserBench> {
  if (!appUrl) throw new Error('The browser section needs the app: run it with the read section or on its own (--only=browser).');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const results: RenderResult[] = [];
  try {
    for (const n of [...new Set([...sizes, ...webglSizes])].sort((a, b) => a - b)) {
      await wipe(); // the read section's graph (or the previous size) goes: the overview shows the top N by degree
      await loadBigGraph({ entities: n, relations: 2 * n, seed: n });
      const renderers = [...(sizes.includes(n) ? ['canvas' as const] : []), ...(webglSizes.includes(n) ? ['webgl' as const] : [])];
      for (const renderer of renderers) {
        const url = `${appUrl}/?limit=${n}${renderer === 'webgl' ? '&renderer=webgl' : ''}`;
        const r = await measureRoute(browser, url, n, renderer);
        log(
          `browser ${renderer} ${n} nodes / ${r.edges} edges: first render ${r.firstRenderMs} ms, laid out at ${r.laidOutAtMs} ms (layout ${r.layoutMs} ms); ` +
            `gestures p50 ${r.frameP50} / p95 ${r.frameP95} ms (${r.fps} fps); scripted p50 ${r.scripted.p50} / p95 ${r.scripted.p95} ms; settle ${r.settleFrameMs} ms`,
        );
        results.push(r);
      }
    }
    await wipe();
    const labels = await benchFixtureLabels(browser, appUrl);
    log(
      `browser labels: ${labels.articles} fixture articles, ${labels.entities} entities (${labels.shownNodes} shown): ${labels.visibleLabels} labels on screen, ${labels.overlappingLabels} overlapping (target 0)`,
    );
    const js = await explorerJs(browser, appUrl);
    return { page: 'the explorer route (/?limit=N) of the built app, on a generated graph of N entities and 2N relations in the bench database', results, labels, ...js };
  } finally {
    await browser.close();
  }
}

/** Gzipped size of every JS file the explorer route loads. */
async function explorerJs(browser: Browser, appUrl: string): Promise<{ explorerJsGzipKiB: number; explorerJsFiles: number }> {
  const page = await browser.newPage();
  let total = 0;
  let files = 0;
  page.on('response', async (response) => {
    if (!/\.js(\?|$)/.test(response.url())) return;
    const body = await response.body().catch(() => null);
    if (body) {
      total += gzipSync(body).length;
      files++;
    }
  });
  await page.goto(`${appUrl}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.close();
  return { explorerJsGzipKiB: Math.round((total / 1024) * 10) / 10, explorerJsFiles: files };
}
