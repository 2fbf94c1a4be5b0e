import { describe, expect, it } from 'vitest';
import { countOverlaps, labelsToShow, type LabelBox } from './label-lod';

const box = (id: string, importance: number, x: number, y: number, w = 100, h = 14): LabelBox => ({ id, importance, x1: x, y1: y, x2: x + w, y2: y + h });

describe('labelsToShow', () => {
  it('hides the less important of two overlapping labels and keeps labels that overlap nothing', () => {
    const boxes = [box('minor', 1, 50, 5), box('hub', 9, 0, 0), box('alone', 0, 500, 500)];
    expect([...labelsToShow(boxes)].sort()).toEqual(['alone', 'hub']);
  });

  it('never leaves two shown labels overlapping, on a dense random field', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1_000;
    const boxes = Array.from({ length: 600 }, (_, i) => box(`n${i}`, i % 13, random(), random(), 40 + (i % 5) * 30));
    const shown = boxes.filter((b) => labelsToShow(boxes).has(b.id));
    expect(shown.length).toBeGreaterThan(20);
    expect(countOverlaps(shown)).toBe(0);
    expect(countOverlaps(boxes)).toBeGreaterThan(0);
  });

  it('is stable: equal importance breaks by id, and empty boxes show nothing', () => {
    const boxes = [box('b', 1, 0, 0), box('a', 1, 10, 0), box('empty', 5, 0, 0, 0, 0)];
    expect([...labelsToShow(boxes)]).toEqual(['a']);
  });
});
