/**
 * Browser-side half of the rendering benchmark, bundled with esbuild by bench/browser.ts. It uses the app's own
 * Cytoscape modules (stylesheet, layout options, extension registration, element mapping) on a generated graph.
 */
import cytoscape from 'cytoscape';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import { fcoseLayout } from '@/lib/cy/layouts';
import { registerCytoscapeExtensions } from '@/lib/cy/register';
import { toElements } from '@/lib/cy/to-elements';
import { ENTITY_TYPES } from '@/lib/model';
import { rng } from '@/bench/generate';

registerCytoscapeExtensions();

type Result = { nodes: number; edges: number; renderer: string; firstRenderMs: number; layoutMs: number; frameP50: number; frameP95: number; fps: number; frames: number };

function graph(nodeCount: number) {
  const random = rng(nodeCount);
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, name: `Entité ${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length] as (typeof ENTITY_TYPES)[number], degree: 1, articleCount: 1 }));
  const edges = Array.from({ length: nodeCount * 2 }, (_, i) => {
    const s = Math.floor(nodeCount * random() * random());
    const t = (s + 1 + Math.floor(random() * (nodeCount - 1))) % nodeCount;
    return { id: `e${i}`, type: 'CO_MENTIONED', source: `n${s}`, target: `n${t}`, confidence: 0.5, evidenceCount: 1 };
  });
  return toElements(nodes, edges);
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function run(nodeCount: number, webgl: boolean): Promise<Result> {
  document.getElementById('cy')?.remove();
  const container = document.createElement('div');
  container.id = 'cy';
  container.style.cssText = 'position:absolute;inset:0';
  document.body.appendChild(container);
  const elements = graph(nodeCount);
  const started = performance.now();
  let firstRender = 0;
  const options = { container, elements, style: graphStylesheet({ sizeBy: 'degree', big: true }), layout: { name: 'preset' }, hideEdgesOnViewport: true, textureOnViewport: false, ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}) };
  const cy = cytoscape(options as cytoscape.CytoscapeOptions);
  cy.one('render', () => (firstRender = performance.now() - started));
  await frame();
  if (firstRender === 0) firstRender = performance.now() - started;
  const layoutStarted = performance.now();
  await new Promise<void>((resolve) => {
    const layout = cy.layout(fcoseLayout(elements.length));
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  await frame();
  const layoutMs = performance.now() - layoutStarted;
  // Scripted pan and zoom: 120 frames, one viewport change per frame; requestAnimationFrame deltas.
  const deltas: number[] = [];
  let last = await frame();
  for (let i = 0; i < 120; i++) {
    if (i % 40 < 20) cy.panBy({ x: 8, y: 4 });
    else cy.zoom({ level: cy.zoom() * (i % 2 ? 1.03 : 0.97), renderedPosition: { x: 400, y: 300 } });
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  cy.destroy();
  deltas.sort((a, b) => a - b);
  const pick = (p: number) => Math.round((deltas[Math.min(deltas.length - 1, Math.ceil((p / 100) * deltas.length) - 1)] as number) * 10) / 10;
  const mean = deltas.reduce((s, x) => s + x, 0) / deltas.length;
  return { nodes: nodeCount, edges: nodeCount * 2, renderer: webgl ? 'webgl' : 'canvas', firstRenderMs: Math.round(firstRender), layoutMs: Math.round(layoutMs), frameP50: pick(50), frameP95: pick(95), fps: Math.round(1000 / mean), frames: deltas.length };
}

(window as unknown as { runBench: typeof run }).runBench = run;
