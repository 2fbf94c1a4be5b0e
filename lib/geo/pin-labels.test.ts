import { describe, expect, it } from 'vitest';
import { choosePinLabels, type LabelledPin } from './pin-labels';

const pin = (id: string, x: number, y: number, r = 4): LabelledPin => ({ id, name: id, x, y, r });

describe('choosePinLabels', () => {
  it('labels pins in order, to the right of each, while nothing overlaps', () => {
    const labels = choosePinLabels([pin('Paris', 100, 100), pin('Vienna', 300, 100)], 1);
    expect(labels.map((l) => l.id)).toEqual(['Paris', 'Vienna']);
    expect(labels[0]).toEqual({ id: 'Paris', name: 'Paris', x: 107, y: 100 });
  });

  it('drops the label of a later pin that would cover an earlier label or another pin', () => {
    // Lyon's label would run over Paris's; Geneva's would cover the Annecy pin just to its right.
    const pins = [pin('Paris', 100, 100), pin('Lyon', 104, 112), pin('Geneva', 300, 100), pin('Annecy', 320, 101)];
    expect(choosePinLabels(pins, 1).map((l) => l.id)).toEqual(['Paris', 'Annecy']);
  });

  it('makes room when zoomed in, and never draws more than the maximum', () => {
    const pins = [pin('Paris', 100, 100), pin('Lyon', 110, 104)];
    expect(choosePinLabels(pins, 8).map((l) => l.id)).toEqual(['Paris', 'Lyon']);
    const many = Array.from({ length: 50 }, (_, i) => pin(`P${i}`, 10, i * 40));
    expect(choosePinLabels(many, 1, 10)).toHaveLength(10);
  });
});
