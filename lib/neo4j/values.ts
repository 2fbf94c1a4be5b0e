import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers travel to Neo4j as floats; LIMIT, SKIP and range() need integers.
 * Wrap every integer parameter with this.
 */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}
