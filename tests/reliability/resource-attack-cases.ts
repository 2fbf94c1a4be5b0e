/**
 * Read-only Cypher that tries to exhaust Neo4j or the app: memory, stack, time, result size. Each case says
 * which outcomes count as "stopped with a clear message" (several are fine when it depends on which limit a
 * loaded machine reaches first); resource-attacks.rel.test.ts asserts the message of each outcome.
 * :Blob is a 30-node clique the suite creates, so path searches explode however small the rest of the graph is.
 */
export type Outcome = 'memory' | 'time' | 'nesting' | 'list' | 'bytes' | 'rows';
export type AttackCase = { name: string; query: string; outcomes: Outcome[] };

const nested = (open: string, close: string, n: number, inner = '1') => `${open.repeat(n)}${inner}${close.repeat(n)}`;
const FORTY = "'0123456789012345678901234567890123456789'";
const COSTLY: Outcome[] = ['memory', 'time'];
// A giant range() inside an expression is refused before Neo4j sees it (lib/cypher/guard.ts checkRanges): Neo4j
// builds such lists in heap it does not count and runs on for minutes past its timeout; one filled its heap.
const LIST: Outcome[] = ['list'];

export const ATTACKS: AttackCase[] = [
  // Memory blowups
  { name: 'string doubling 31 times (2 GiB string)', query: "RETURN size(reduce(s = 'x', i IN range(1, 31) | s + s)) AS n", outcomes: COSTLY },
  { name: 'string doubling 40 times', query: "RETURN size(reduce(s = 'xx', i IN range(1, 40) | s + s)) AS n", outcomes: COSTLY },
  { name: 'collect over a cartesian product', query: 'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN size(collect([a, b])) AS n', outcomes: COSTLY },
  { name: 'collect of five million strings', query: 'UNWIND range(1, 5000000) AS i RETURN size(collect(toString(i))) AS n', outcomes: COSTLY },
  { name: 'collect of a range() giant', query: 'UNWIND range(1, 100000000) AS i WITH collect(i) AS l RETURN size(l) AS n', outcomes: COSTLY },
  { name: 'list comprehension over a range() giant', query: 'RETURN size([x IN range(1, 200000000) | x * 2]) AS n', outcomes: LIST },
  { name: 'list comprehension over a range() whose bound Neo4j computes', query: "RETURN size([x IN range(1, toInteger('200000000')) | x]) AS n", outcomes: LIST },
  { name: 'reduce building a list one element at a time', query: 'RETURN size(reduce(l = [], i IN range(1, 300000) | l + [i])) AS n', outcomes: LIST },
  { name: 'DISTINCT over twenty million values', query: 'UNWIND range(1, 20000000) AS i WITH DISTINCT i RETURN count(*) AS n', outcomes: COSTLY },
  { name: 'collect of three million maps', query: 'UNWIND range(1, 3000000) AS i WITH collect({k: i, v: toString(i)}) AS m RETURN size(m) AS n', outcomes: COSTLY },
  { name: 'apoc-free string bomb: a million appends', query: "RETURN size(reduce(s = '', i IN range(1, 1000000) | s + 'abcdefghij')) AS n", outcomes: LIST },
  {
    name: 'joining a collected list of strings',
    query: `UNWIND range(1, 2000000) AS i WITH collect(${FORTY}) AS l RETURN size(reduce(s = '', x IN l | s + x)) AS n`,
    outcomes: COSTLY,
  },
  // Deep nesting (refused before Neo4j sees it)
  { name: 'list literal nested 500 levels', query: `RETURN ${nested('[', ']', 500)} AS x`, outcomes: ['nesting'] },
  { name: 'map literal nested 500 levels', query: `RETURN ${nested('{a: ', '}', 500)} AS x`, outcomes: ['nesting'] },
  { name: 'parentheses nested 500 levels', query: `RETURN ${nested('(', ')', 500)} AS x`, outcomes: ['nesting'] },
  { name: 'CASE nested 300 levels', query: `RETURN ${nested('CASE WHEN true THEN ', ' END', 300)} AS x`, outcomes: ['nesting'] },
  { name: 'CALL subqueries nested 100 levels', query: `${nested('CALL () { ', ' }', 100, 'RETURN 1 AS x')} RETURN x`, outcomes: ['nesting'] },
  { name: 'list comprehensions nested 100 levels', query: `RETURN ${nested('[x IN ', ' | x]', 100, '[1]')} AS x`, outcomes: ['nesting'] },
  { name: 'EXISTS subqueries nested 100 levels', query: `MATCH (e) WHERE ${nested('EXISTS { MATCH (e) WHERE ', ' }', 100, 'true')} RETURN e LIMIT 1`, outcomes: ['nesting'] },
  { name: 'NOT chained 2000 times', query: `RETURN ${'NOT '.repeat(2000)}true AS x`, outcomes: ['nesting'] },
  { name: 'addition chained 2500 times', query: `RETURN ${Array(2500).fill('1').join('+')} AS x`, outcomes: ['nesting'] },
  // Huge rows and results
  { name: 'one row holding three million 40-character strings', query: `RETURN [x IN range(1, 3000000) | ${FORTY}] AS l`, outcomes: LIST },
  {
    name: 'one row holding a hundred thousand 400-character strings (40 MB)',
    query: `RETURN [x IN range(1, 100000) | ${Array(10).fill(FORTY).join(' + ')}] AS l`,
    outcomes: ['memory', 'time', 'bytes'],
  },
  { name: 'one 32 MiB string value', query: "RETURN reduce(s = 'x', i IN range(1, 25) | s + s) AS s", outcomes: ['memory', 'time', 'bytes'] },
  // Cut at the byte cap as a rule; when Neo4j builds rows faster than the worker reads them, the buffered rows can
  // reach the transaction's memory limit first, and Neo4j stops it: also a safe end, with its message.
  { name: 'a thousand rows of 100 KB each', query: "UNWIND range(1, 1000) AS i RETURN [x IN range(1, 10000) | 'abcdefghij'] AS l", outcomes: ['bytes', 'time', 'memory'] },
  { name: 'cartesian product returned row by row', query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN a, b', outcomes: ['rows'] },
  // Cartesian products and runaway searches
  { name: 'counting a 10^10 cartesian product', query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n', outcomes: COSTLY },
  { name: 'four-way cartesian product of every node', query: 'MATCH (a), (b), (c), (d) RETURN size(collect([a, b, c, d])) AS n', outcomes: COSTLY },
  { name: 'unbounded variable-length paths', query: 'MATCH p = (a:Blob)-[*]-(b:Blob) RETURN count(p) AS n', outcomes: COSTLY },
  { name: 'collecting variable-length paths', query: 'MATCH p = (a:Blob)-[*1..12]-(b:Blob) RETURN size(collect(p)) AS n', outcomes: COSTLY },
  { name: 'shortestPath forced into exhaustive search', query: 'MATCH p = shortestPath((a:Blob)-[*]-(b:Blob)) WHERE length(p) > 25 RETURN count(p) AS n', outcomes: COSTLY },
  {
    name: 'shortestPath over a cartesian product of pairs',
    query:
      'MATCH (a:Blob), (b:Blob), (c:Blob), (d:Blob) MATCH p = shortestPath((a)-[*..30]-(b)) WHERE all(n IN nodes(p) WHERE n <> c AND n <> d) AND length(p) > 28 RETURN count(p) AS n',
    outcomes: COSTLY,
  },
  // Sorting huge generated sets
  { name: 'sorting twenty million generated values', query: 'UNWIND range(1, 20000000) AS i WITH i ORDER BY rand() RETURN count(i) AS n', outcomes: COSTLY },
  {
    name: 'sorting ten million generated strings',
    query: "UNWIND range(1, 10000000) AS i WITH toString(i) + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' AS s ORDER BY s DESC RETURN collect(s)[0] AS first",
    outcomes: COSTLY,
  },
  {
    name: 'sorting a node cartesian product by three keys',
    query: 'MATCH (a), (b), (c) RETURN a.name AS x, b.name AS y, c.name AS z ORDER BY x, y, z',
    outcomes: ['memory', 'time', 'rows'],
  },
];
