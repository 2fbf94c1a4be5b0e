import { describe, expect, it } from 'vitest';
import { graphStylesheet } from './stylesheet';

const nodeStyle = (sheet: ReturnType<typeof graphStylesheet>) => (sheet as Array<{ selector: string; style: Record<string, unknown> }>).find((r) => r.selector === 'node')!.style;
const edgeStyle = (sheet: ReturnType<typeof graphStylesheet>) => (sheet as Array<{ selector: string; style: Record<string, unknown> }>).find((r) => r.selector === 'edge')!.style;

describe('graphStylesheet', () => {
  it('scales node labels (size, wrap width, margin) for the level of detail, and hides left-out labels without unmeasuring them', () => {
    const base = nodeStyle(graphStylesheet({ sizeBy: 'degree', big: false }));
    const scaled = nodeStyle(graphStylesheet({ sizeBy: 'degree', big: false, labelScale: 2 }));
    expect([base['font-size'], base['text-max-width']]).toEqual([11, '140px']);
    expect([scaled['font-size'], scaled['text-max-width'], scaled['text-margin-y']]).toEqual([22, '280px', 8]);
    const hidden = (graphStylesheet({ sizeBy: 'degree', big: false }) as Array<{ selector: string; style: Record<string, unknown> }>).find(
      (r) => r.selector === 'node.label-hidden',
    )!.style;
    expect(hidden).toEqual({ 'text-opacity': 0, 'text-background-opacity': 0 });
  });

  it('sizes nodes by degree or by articles', () => {
    expect(nodeStyle(graphStylesheet({ sizeBy: 'degree', big: false })).width).toMatch(/^mapData\(degree/);
    expect(nodeStyle(graphStylesheet({ sizeBy: 'mentions', big: false })).width).toMatch(/^mapData\(articleCount/);
  });

  it('draws big graphs cheaply: straight unlabelled edges, small nodes, node labels left to the DOM layer', () => {
    const big = graphStylesheet({ sizeBy: 'degree', big: true });
    expect(edgeStyle(big)['curve-style']).toBe('haystack');
    expect(edgeStyle(big).label).toBeUndefined();
    expect(nodeStyle(big).label).toBe('');
    expect(nodeStyle(graphStylesheet({ sizeBy: 'degree', big: false })).label).toBe('data(label)');
  });

  it('draws a keyboard focus ring as an outline, after every other node rule', () => {
    const sheet = graphStylesheet({ sizeBy: 'degree', big: true }) as Array<{ selector: string; style: Record<string, unknown> }>;
    const ring = sheet.findIndex((r) => r.selector === 'node.kb-focus');
    expect(sheet[ring]?.style['outline-width']).toBeGreaterThan(0);
    expect(ring).toBe(sheet.length - 1);
  });
});
