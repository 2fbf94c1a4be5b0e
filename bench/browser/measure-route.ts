/**
 * Measures the explorer route ("/?limit=N") in headless Chromium: time to first render and until the worker
 * layout is applied (window.explorerTimings, ms since navigation start), then rAF frame times while the graph
 * is panned and zoomed twice over: by the user's own gestures (mouse drag and wheel, real input events) and by a
 * script through window.cy (cy.animate, the path the app's Fit and focus animations take).
 */
import type { Browser, Page } from '@playwright/test';
import { percentile } from '../stats';

export type FrameStats = { p50: number; p95: number; fps: number; frames: number };
export type RenderResult = {
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  firstRenderMs: number;
  /** From the first picture (above 800 nodes the "Laying out…" status) until the laid-out graph is drawn: the wait the user sees. */
  layoutMs: number;
  /** fcose alone, inside the Web Worker (null when the layout ran on the main thread). */
  workerLayoutMs: number | null;
  laidOutAtMs: number;
  frameP50: number;
  frameP95: number;
  fps: number;
  frames: number;
  scripted: FrameStats;
  settleFrameMs: number;
};

type Recorder = { deltas: number[]; stop: boolean };
declare global {
  interface Window {
    benchFrames?: Recorder;
  }
}

const round = (x: number) => Math.round(x * 10) / 10;

function frameStats(deltas: number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), fps: Math.round(1000 / mean), frames: sorted.length };
}

/**
 * Starts recording requestAnimationFrame deltas in the page. Page-side code is a string: tsx (esbuild keepNames)
 * would wrap named functions in a __name() helper that does not exist in the page.
 */
const START_FRAMES = `(() => {
  const recorder = { deltas: [], stop: false };
  window.benchFrames = recorder;
  let last = -1;
  const tick = (now) => {
    if (recorder.stop) return;
    if (last >= 0) recorder.deltas.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function startFrames(page: Page) {
  await page.evaluate(START_FRAMES);
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const recorder = window.benchFrames!;
    recorder.stop = true;
    return recorder.deltas;
  });
}

/**
 * Where a drag pans the graph: a corner of the canvas (fit leaves a 40 px padding, so no node is there) that no
 * button lies over. The top-left corner has the Filters toggle: a drag from there selected its text and never panned.
 */
const EMPTY_SPOT = `(() => {
  const canvas = document.querySelector('[data-testid="graph-canvas"]');
  const box = canvas.getBoundingClientRect();
  const spots = [[box.left + 12, box.bottom - 12], [box.right - 12, box.bottom - 12], [box.right - 12, box.top + 12], [box.left + 12, box.top + 12]];
  const free = spots.find(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit instanceof HTMLCanvasElement && canvas.contains(hit); });
  if (!free) throw new Error('no corner of the graph canvas is free to start a pan');
  return free;
})()`;

/**
 * A user's pan (drag on the background) and zoom (wheel), as real input events: 120 mouse moves, then 60 wheel
 * notches. `settle` is the longest frame in the 700 ms after the drag ends (the full redraw at rest).
 */
async function gestures(page: Page): Promise<{ deltas: number[]; settle: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const [x0, y0] = await page.evaluate<[number, number]>(EMPTY_SPOT);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await startFrames(page);
  // Towards the middle, so the pointer stays on the page.
  const [sx, sy] = [Math.sign(box.x + box.width / 2 - x0), Math.sign(box.y + box.height / 2 - y0)];
  for (let i = 1; i <= 120; i++) await page.mouse.move(x0 + sx * 3 * i, y0 + sy * 1.5 * i);
  const panned = await page.evaluate(() => window.benchFrames!.deltas.length);
  await page.mouse.up();
  await page.waitForTimeout(700);
  const all = await stopFrames(page);
  const pan = all.slice(0, panned);
  const settle = Math.max(0, ...all.slice(panned));
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 600) / 2);
  await startFrames(page);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, i < 30 ? -60 : 60);
    await page.waitForTimeout(16);
  }
  const zoom = await stopFrames(page);
  await page.waitForTimeout(700);
  return { deltas: [...pan, ...zoom], settle };
}

/** Scripted pan and zoom through window.cy: the animations the app itself runs (Fit, centring on a focus), 1 s each. */
const SCRIPTED = `(async () => {
  const cy = window.cy;
  const run = (options) => cy.animation({ ...options, duration: 1000 }).play().promise();
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  await run({ panBy: { x: 300, y: 150 } });
  await run({ zoom: { level: cy.zoom() * 2, renderedPosition } });
  await run({ panBy: { x: -300, y: -150 } });
  await run({ zoom: { level: cy.zoom() / 2, renderedPosition } });
})()`;

async function scripted(page: Page): Promise<number[]> {
  await startFrames(page);
  await page.evaluate(SCRIPTED);
  return stopFrames(page);
}

/**
 * `prepare` (optional) runs in the page once the layout is drawn, before the pan and zoom: a way to compare
 * renderer options on the same build, e.g. "window.cy.renderer().hideEdgesOnViewport = true" for the old setting.
 */
export async function measureRoute(browser: Browser, url: string, nodes: number, renderer: 'canvas' | 'webgl', prepare?: string): Promise<RenderResult> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined, null, { timeout: 180_000 });
    const timings = await page.evaluate(() => window.explorerTimings!);
    const edges = await page.evaluate(() => window.cy!.edges().length);
    if (prepare) await page.evaluate(prepare);
    // Labels placed (they come with the picture), then a second for the redraw after it, as a user would look first.
    await page.waitForSelector('[data-testid="graph-canvas"][data-labels="settled"]', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    const { deltas, settle } = await gestures(page);
    const user = frameStats(deltas);
    const byScript = frameStats(await scripted(page));
    return {
      nodes,
      edges,
      renderer,
      firstRenderMs: Math.round(timings.firstRenderAtMs ?? NaN),
      layoutMs: Math.round((timings.layoutDoneAtMs ?? NaN) - (timings.firstRenderAtMs ?? NaN)),
      workerLayoutMs: timings.workerLayoutMs === undefined ? null : Math.round(timings.workerLayoutMs),
      laidOutAtMs: Math.round(timings.layoutDoneAtMs ?? NaN),
      frameP50: user.p50,
      frameP95: user.p95,
      fps: user.fps,
      frames: user.frames,
      scripted: byScript,
      settleFrameMs: round(settle),
    };
  } finally {
    await page.close();
  }
}
