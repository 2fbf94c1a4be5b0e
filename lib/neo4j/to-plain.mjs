// Plain JavaScript (not TypeScript) because the console worker (console-worker.mjs) runs it outside the
// bundler; values.ts re-exports it with its types (to-plain.d.mts) for the rest of the app.
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, isUnboundRelationship } from 'neo4j-driver';

/**
 * Converts any value a Neo4j record holds into plain JSON, in one place: nodes, relationships, paths,
 * integers (numbers when safe, otherwise strings), temporal values (ISO strings), points and durations.
 * @param {unknown} value
 */
export function toPlain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return toPlainNode(value);
  if (isRelationship(value)) return toPlainRelationship(value);
  if (isUnboundRelationship(value))
    return { '@type': 'relationship', elementId: value.elementId, type: value.type, startElementId: '', endElementId: '', properties: toPlainMap(value.properties) };
  if (isPath(value)) {
    const nodes = new Map();
    const relationships = [];
    nodes.set(value.start.elementId, toPlainNode(value.start));
    for (const segment of value.segments) {
      nodes.set(segment.end.elementId, toPlainNode(segment.end));
      relationships.push(toPlainRelationship(segment.relationship));
    }
    return { '@type': 'path', nodes: [...nodes.values()], relationships };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === 'object') return toPlainMap(value);
  return String(value);
}

function toPlainMap(map) {
  // A user map may carry an '@type' key; renaming it keeps graph values unambiguous.
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k === '@type' ? '@type_' : k, toPlain(v)]));
}

function toPlainNode(node) {
  return { '@type': 'node', elementId: node.elementId, labels: [...node.labels], properties: toPlainMap(node.properties) };
}

function toPlainRelationship(rel) {
  return {
    '@type': 'relationship',
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: toPlainMap(rel.properties),
  };
}
