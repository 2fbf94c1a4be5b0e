import { describe, expect, it } from 'vitest';
import type { PlainNode, PlainRelationship } from '@/lib/neo4j/values';
import { mergeElements, rowsToElements } from './to-graph';
import { toCsv } from './csv';

const node = (elementId: string, labels: string[], properties: Record<string, string | number>): PlainNode => ({ '@type': 'node', elementId, labels, properties });
const unodc = node('4:a:1', ['Entity', 'Organization'], { id: 'org-unodc', name: 'UNODC', type: 'Organization', degree: 4 });
const fedotov = node('4:a:2', ['Entity', 'Person'], { id: 'person-yury-fedotov', name: 'Yury Fedotov', type: 'Person' });
const leads: PlainRelationship = { '@type': 'relationship', elementId: '5:a:9', type: 'LEADS', startElementId: '4:a:2', endElementId: '4:a:1', properties: { confidence: 0.95 } };

describe('rowsToElements', () => {
  it('finds nodes and relationships in cells, lists, maps and paths; entities keep their ids', () => {
    const elements = rowsToElements([[unodc, { people: [fedotov] }], [{ '@type': 'path', nodes: [fedotov, unodc], relationships: [leads] }]]);
    expect(elements.map((e) => e.data.id)).toEqual(['org-unodc', 'person-yury-fedotov', '5:a:9']);
    expect(elements[2]?.data).toMatchObject({ source: 'person-yury-fedotov', target: 'org-unodc', label: 'LEADS' });
    expect(elements[0]?.classes).toBe('Organization');
  });

  it('drops relationships whose ends are missing and ignores scalars', () => {
    expect(rowsToElements([[leads, 1, 'x', null]])).toEqual([]);
  });

  it('merges by id', () => {
    const a = rowsToElements([[unodc]]);
    const b = rowsToElements([[fedotov, unodc]]);
    expect(mergeElements(a, b).map((e) => e.data.id)).toEqual(['org-unodc', 'person-yury-fedotov']);
  });
});

describe('toCsv', () => {
  it('quotes, escapes and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', '=1+1'],
          [unodc, null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","\'=1+1"\r\n"(:Entity:Organization ""UNODC"")",\r\n');
  });
});
