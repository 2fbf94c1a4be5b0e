/**
 * Rendering benchmark in headless Chromium. The app has no way yet to load N generated nodes, so this drives
 * Cytoscape directly in a page served by the bench itself, built from the app's own modules (lib/cy stylesheet,
 * layout options, extension registration and element mapping) — see bench/browser/page.ts.
 * Also measures the explorer route's JS (gzip) by loading the running app's "/" and gzipping every JS response.
 */
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { log } from './stats';

const ROOT = path.resolve(__dirname, '..');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type RenderResult = { nodes: number; edges: number; renderer: string; firstRenderMs: number; layoutMs: number; frameP50: number; frameP95: number; fps: number; frames: number };

async function bundle(): Promise<string> {
  const out = await build({ entryPoints: [path.join(__dirname, 'browser', 'page.ts')], bundle: true, write: false, format: 'iife', minify: true, alias: { '@': ROOT }, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent' });
  return out.outputFiles[0]?.text ?? '';
}

export async function benchBrowser({ sizes, webglSizes, appUrl }: { sizes: number[]; webglSizes: number[]; appUrl: string | null }): Promise<{ page: string; results: RenderResult[]; explorerJsGzipKiB: number | null; explorerJsFiles: number }> {
  const script = await bundle();
  const server = http.createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body style="margin:0;width:1400px;height:900px"><script src="/bench.js"></script></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const results: RenderResult[] = [];
  let explorerJsGzipKiB: number | null = null;
  let explorerJsFiles = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    for (const [renderer, list] of [['canvas', sizes], ['webgl', webglSizes]] as const) {
      for (const n of list) {
        const result = await page.evaluate(([count, webgl]) => (window as unknown as { runBench: (n: number, w: boolean) => Promise<RenderResult> }).runBench(count, webgl), [n, renderer === 'webgl'] as const);
        log(`browser ${renderer} ${n} nodes: first render ${result.firstRenderMs} ms, layout ${result.layoutMs} ms, frames p50 ${result.frameP50} / p95 ${result.frameP95} ms`);
        results.push(result);
      }
    }
    if (appUrl) {
      const app = await browser.newPage();
      let total = 0;
      app.on('response', async (response) => {
        if (!/\.js(\?|$)/.test(response.url())) return;
        const body = await response.body().catch(() => null);
        if (body) {
          total += gzipSync(body).length;
          explorerJsFiles++;
        }
      });
      await app.goto(`${appUrl}/`, { waitUntil: 'networkidle' });
      await app.waitForTimeout(500);
      explorerJsGzipKiB = Math.round((total / 1024) * 10) / 10;
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { page: `Cytoscape driven directly in a bench-served page built from lib/cy (stylesheet, fcoseLayout, register, toElements)`, results, explorerJsGzipKiB, explorerJsFiles };
}
