import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers travel to Neo4j as floats; LIMIT, SKIP and range() need integers.
 * Wrap every integer parameter with this.
 */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}

/** Plain JSON forms of graph values. The '@type' key marks them; user maps never reach here with one (see toPlain). */
export type PlainNode = { '@type': 'node'; elementId: string; labels: string[]; properties: Record<string, PlainValue> };
export type PlainRelationship = {
  '@type': 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, PlainValue>;
};
export type PlainPath = { '@type': 'path'; nodes: PlainNode[]; relationships: PlainRelationship[] };
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue } | PlainNode | PlainRelationship | PlainPath;

/** Records become plain JSON in one place, shared with the console worker (see to-plain.mjs). */
export { toPlain } from './to-plain.mjs';

export function isPlainGraphValue(value: PlainValue): value is PlainNode | PlainRelationship | PlainPath {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['@type'] === 'string';
}
