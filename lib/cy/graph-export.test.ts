import { describe, expect, it } from 'vitest';
import type { EntityDetail } from '@/lib/graph/types';
import { entitiesToFetch, toExportGraph, type DrawnEdge, type DrawnNode } from './export-graph';
import { toGraphml } from './graphml';
import { toGexf } from './gexf';
import { findAll, parseXmlStrict, type XmlElement } from './strict-xml';

// Names an attacker could put in an article: markup, quotes, ampersands, control characters, a lone surrogate.
const HOSTILE = `<script>alert("x")</script> & 'Co' \u0007\u0000\uD800 ]]> --> “Ünïcödé”`;
const CLEAN = `<script>alert("x")</script> & 'Co'  ]]> --> “Ünïcödé”`;

const nodes: DrawnNode[] = [
  { id: 'per-a', label: HOSTILE, type: 'Person', degree: 1, articleCount: 2, x: 10.123, y: -20, color: '#0072B2', size: 30 },
  { id: 'org-b&c', label: 'UNODC', type: 'Organization', degree: 1, articleCount: 1, x: 100, y: 50, color: '#D55E00', size: 22 },
];
const edges: DrawnEdge[] = [{ id: '5:abc:1', source: 'per-a', target: 'org-b&c', type: 'LEADS', confidence: 0.9, color: '#D55E00' }];
const evidence = [
  { text: `${HOSTILE} leads UNODC.`, articleId: 'art-1', start: 0, end: 12, confidence: 0.9 },
  { text: 'Second sentence.', articleId: 'art-2', start: 40, end: 56, confidence: 0.5 },
];
const relation = { id: '5:abc:1', type: 'LEADS', source: 'per-a', target: 'org-b&c', confidence: 0.9, evidenceCount: 2, direction: 'out' as const, evidence, articleIds: [] };
const details: EntityDetail[] = [
  {
    id: 'per-a',
    name: HOSTILE,
    type: 'Person',
    degree: 1,
    articleCount: 2,
    aliases: ['A. <Alias>', HOSTILE],
    articles: [{ id: 'art-1', title: 'Title with <b>tags</b> & "quotes"', publishedAt: null, language: 'en', source: 'x', mentionCount: 1 }],
    relations: [{ ...relation, other: { id: 'org-b&c', name: 'UNODC', type: 'Organization', aliases: [] } }],
  },
];
const graph = toExportGraph(nodes, edges, details);

/** GraphML `<data>` values of an element, by attribute name (keys map ids to names). */
function graphmlData(doc: XmlElement, element: XmlElement): Record<string, string> {
  const names = new Map(findAll(doc, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
  return Object.fromEntries(element.children.filter((c) => c.name === 'data').map((d) => [names.get(d.attributes.key!)!, d.text]));
}

describe('toExportGraph', () => {
  it('joins aliases, evidence and article titles; a relation without details keeps no evidence', () => {
    expect(graph.nodes[0]!.aliases).toEqual(['A. <Alias>']); // the name itself is not an alias
    expect(graph.edges[0]!.evidence[0]).toEqual({
      sentence: evidence[0]!.text,
      articleId: 'art-1',
      articleTitle: 'Title with <b>tags</b> & "quotes"',
      start: 0,
      end: 12,
      confidence: 0.9,
    });
    expect(graph.edges[0]!.evidence[1]!.articleTitle).toBe('');
    expect(toExportGraph(nodes, edges, []).edges[0]!.evidence).toEqual([]);
  });

  it("takes an entity's aliases from a neighbour's relation when the entity itself was not fetched", () => {
    const other = { id: 'org-b&c', name: 'UNODC', type: 'Organization' as const, aliases: ['ONUDC'] };
    expect(toExportGraph(nodes, edges, [{ ...details[0]!, relations: [{ ...relation, other }] }]).nodes[1]!.aliases).toEqual(['ONUDC']);
  });

  it('fetches one end of every relation, most connected first, and every unconnected entity', () => {
    const star = [
      { source: 'hub', target: 'x' },
      { source: 'y', target: 'hub' },
      { source: 'x', target: 'y' },
    ];
    expect(entitiesToFetch(['x', 'y', 'hub', 'alone'], star)).toEqual(['x', 'hub', 'alone']);
    expect(entitiesToFetch(['a', 'b'], [{ source: 'a', target: 'b' }])).toEqual(['a']);
  });
});

describe('toGraphml', () => {
  const doc = parseXmlStrict(toGraphml(graph));

  it('is well-formed GraphML whose hostile names read back as they were, less what XML cannot carry', () => {
    expect(doc.name).toBe('graphml');
    const [a, b] = findAll(doc, 'node');
    expect(a!.attributes.id).toBe('per-a');
    expect(graphmlData(doc, a!)).toMatchObject({
      label: CLEAN,
      type: 'Person',
      aliases: 'A. <Alias>',
      degree: '1',
      article_count: '2',
      x: '10.12',
      y: '-20',
      r: '0',
      g: '114',
      b: '178',
    });
    expect(b!.attributes.id).toBe('org-b&c');
  });

  it('carries the evidence of each edge as attributes: sentence, article id and title, offsets, and all of it as JSON', () => {
    const [edge] = findAll(doc, 'edge');
    expect(edge!.attributes).toEqual({ id: '5:abc:1', source: 'per-a', target: 'org-b&c' });
    const data = graphmlData(doc, edge!);
    expect(data).toMatchObject({
      label: 'LEADS',
      type: 'LEADS',
      evidence_count: '2',
      sentence: `${CLEAN} leads UNODC.`,
      article_id: 'art-1',
      article_title: 'Title with <b>tags</b> & "quotes"',
      start: '0',
      end: '12',
    });
    expect(JSON.parse(data.evidence!)).toHaveLength(2);
    expect(findAll(doc, 'key').every((k) => ['node', 'edge'].includes(k.attributes.for!))).toBe(true);
  });
});

describe('toGexf', () => {
  const doc = parseXmlStrict(toGexf(graph, new Date('2026-01-02T00:00:00Z')));
  const values = (element: XmlElement) => Object.fromEntries(findAll(element, 'attvalue').map((v) => [v.attributes.for!, v.attributes.value!]));

  it('is well-formed GEXF 1.3 with declared attributes, positions (y up) and colours', () => {
    expect(doc.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const declared = findAll(doc, 'attribute').map((a) => a.attributes.id);
    const [a] = findAll(doc, 'node');
    expect(a!.attributes.label).toBe(CLEAN);
    expect(Object.keys(values(a!)).every((k) => declared.includes(k))).toBe(true);
    expect(values(a!)).toMatchObject({ type: 'Person', aliases: 'A. <Alias>' });
    expect(findAll(a!, 'viz:position')[0]!.attributes).toEqual({ x: '10.12', y: '20', z: '0' });
    expect(findAll(a!, 'viz:color')[0]!.attributes).toEqual({ r: '0', g: '114', b: '178' });
  });

  it('carries the evidence of each edge as attributes', () => {
    const [edge] = findAll(doc, 'edge');
    expect(edge!.attributes).toMatchObject({ id: '5:abc:1', source: 'per-a', target: 'org-b&c', label: 'LEADS' });
    expect(values(edge!)).toMatchObject({
      sentence: `${CLEAN} leads UNODC.`,
      article_id: 'art-1',
      article_title: 'Title with <b>tags</b> & "quotes"',
      start: '0',
      end: '12',
      evidence_count: '2',
    });
  });
});
