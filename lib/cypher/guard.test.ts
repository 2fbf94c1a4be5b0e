import { describe, expect, it } from 'vitest';
import { checkNesting, checkPlan, checkQueryText, checkRanges, MAX_RANGE_VALUES } from './guard';
import { maskCypher } from './mask';
import { positionFromMessage } from './errors';

describe('maskCypher', () => {
  it('blanks comments, strings and backticked names, keeping offsets', () => {
    const q = "RETURN 'USE x' AS `SHOW y` // DELETE\n/* LOAD CSV */ 1";
    const masked = maskCypher(q);
    expect(masked).toHaveLength(q.length);
    expect(masked).not.toMatch(/USE|SHOW|DELETE|LOAD/);
    expect(maskCypher("RETURN 'it\\'s; ok'")).not.toContain(';');
  });
});

describe('checkQueryText', () => {
  it.each([
    ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /one statement/],
    ['USE system SHOW USERS', /USE/],
    ['SHOW DATABASES', /SHOW/],
    ["TERMINATE TRANSACTIONS 'x'", /TERMINATE/],
    ['MATCH (n) CALL (n) { SET n.x = 1 } IN 10 ROWS IN TRANSACTIONS RETURN 1', /IN TRANSACTIONS/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ['   ', /empty/],
  ])('refuses %s', (query, message) => expect(() => checkQueryText(query)).toThrow(message));

  it('refuses more than 10 KB with a 413', () => {
    expect(() => checkQueryText(`RETURN 1 ${' '.repeat(10_001)}`)).toThrow(expect.objectContaining({ status: 413 }));
  });

  it('lets keywords inside strings, comments, names and properties through, and a trailing ;', () => {
    expect(() => checkQueryText("MATCH (n) WHERE n.use = 'SHOW x; USE y' RETURN n.show AS `USE z` // TERMINATE\n;")).not.toThrow();
    expect(() => checkQueryText('MATCH (s:Show )-[:Use ]->(t) RETURN {use: 1} AS m')).not.toThrow();
  });
});

describe('checkNesting', () => {
  const nested = (open: string, close: string, n: number) => `RETURN ${open.repeat(n)}1${close.repeat(n)} AS x`;
  it('refuses list, map, parenthesis and CASE nesting past the limit, before Neo4j sees it', () => {
    expect(() => checkNesting(nested('[', ']', 500))).toThrow(/nests 500 levels deep.*limit is 64/);
    expect(() => checkNesting(nested('{a:', '}', 65))).toThrow(/nests 65 levels/);
    expect(() => checkNesting(nested('(', ')', 100))).toThrow(/nests 100 levels/);
    expect(() => checkNesting(`RETURN ${'CASE WHEN true THEN '.repeat(80)}1${' END'.repeat(80)} AS x`)).toThrow(/nests 80 levels/);
  });
  it('refuses long chains of NOT or of one operator', () => {
    expect(() => checkNesting(`RETURN ${'NOT '.repeat(300)}true AS x`)).toThrow(/chains over 200 operators/);
    expect(() => checkNesting(`RETURN ${Array(300).fill('1').join(' + ')} AS x`)).toThrow(/chains over 200 operators/);
    expect(() => checkNesting(`RETURN ${Array(300).fill("'a'").join('+')} AS x`)).toThrow(/chains over 200 operators/);
  });
  it('accepts ordinary queries, and brackets inside strings and comments', () => {
    expect(() => checkNesting(nested('[', ']', 64))).not.toThrow();
    expect(() => checkNesting(`MATCH (a)-[r]->(b) WHERE a.name IN ['x', 'y'] RETURN {n: [a.name]}, CASE WHEN r IS NULL THEN 0 ELSE 1 END // ${'['.repeat(200)}`)).not.toThrow();
    expect(() => checkNesting(`RETURN '${'['.repeat(500)}' AS s, reduce(s = 'x', i IN range(1, 3) | s + s) AS t`)).not.toThrow();
  });
});

describe('checkRanges', () => {
  const refused = (query: string, params?: Record<string, unknown>) => () => checkRanges(query, params);
  it('refuses a giant range() inside an expression, saying how many values and what to do', () => {
    expect(refused('RETURN size([x IN range(1, 200000000) | x * 2]) AS n')).toThrow(/build a list of 200,000,000 values.*UNWIND range/);
    expect(refused("RETURN size(reduce(s = '', i IN range(1, 1000000) | s + 'abcdefghij')) AS n")).toThrow(/1,000,000 values/);
    expect(refused('RETURN RANGE ( 0 , 1_000_000 ) AS l')).toThrow(/1,000,001 values/);
    expect(refused('WITH 1 AS a WHERE any(x IN range(-5000000, 5000000, 2) WHERE x = a) RETURN a')).toThrow(/5,000,001 values/);
    expect(refused('RETURN [x IN range(1, $n) | x] AS l', { n: 500_000 })).toThrow(/500,000 values/);
    expect(refused('UNWIND [x IN range(1, 300000) | x] AS i RETURN count(i)')).toThrow(/300,000 values/);
  });
  it('lets through UNWIND range (streamed row by row), small or computed ranges, and the word in strings or names', () => {
    expect(refused('UNWIND range(1, 100000000) AS i RETURN count(i)')).not.toThrow();
    expect(refused(`RETURN [x IN range(1, ${MAX_RANGE_VALUES}) | x] AS l`)).not.toThrow();
    expect(refused('MATCH (e) WITH collect(e) AS l RETURN [i IN range(0, size(l) - 1) | l[i]] AS r')).not.toThrow();
    expect(refused('MATCH ()-[r]->() RETURN [i IN range(0, size(coalesce(r.evidence, [])) - 1) | r.evidence[i]] AS e')).not.toThrow();
    expect(refused('MATCH p = ()-[*1..3]->() RETURN [i IN range(0, length(p)) | i] AS l')).not.toThrow();
    expect(refused("RETURN 'range(1, 999999999)' AS s, e.range(1, 999999999)")).not.toThrow();
    expect(refused('RETURN range(1, 10, 0) AS l, range(10, 1) AS empty')).not.toThrow();
  });
  it('refuses bounds it cannot check before the query runs (a variable, a computed number), and says what works', () => {
    expect(refused("RETURN [x IN range(1, toInteger('200000000')) | x] AS l")).toThrow(/bounds that can be checked.*size\(l\) - 1.*UNWIND range/);
    expect(refused('WITH 200000000 AS n RETURN size([x IN range(1, n) | x]) AS s')).toThrow(/bounds that can be checked/);
    expect(refused('RETURN [x IN range(1, 200000000 + 0) | x] AS l')).toThrow(/bounds that can be checked/);
    expect(refused('RETURN [x IN range(1, $n) | x] AS l', { n: 'lots' })).toThrow(/bounds that can be checked/);
    expect(refused('RETURN [x IN range(1, size($l) * 1000) | x] AS l', { l: [1] })).toThrow(/bounds that can be checked/);
    expect(refused('RETURN [x IN range(1, size([1]) * 200000000 + size([])) | x] AS l')).toThrow(/bounds that can be checked/);
    expect(refused('RETURN [x IN range(1, size(length(x)), size([])) | x] AS l')).toThrow(/bounds that can be checked/);
  });
  it('counts what a size() bound adds: its offset and the other bound', () => {
    expect(refused('RETURN size([x IN range(1, size([]) + 200000000) | x]) AS n')).toThrow(/200,000,000 values/);
    expect(refused('RETURN size([x IN range(-200000000, size([])) | x]) AS n')).toThrow(/200,000,001 values/);
    expect(refused('RETURN size([x IN range(size([]), 300000) | x]) AS n')).toThrow(/300,001 values/);
    expect(refused('MATCH (e) WITH collect(e) AS l RETURN [i IN range(0, size(l) - 1_000) | i] AS r')).not.toThrow();
    expect(refused('MATCH (e) WITH collect(e) AS a, collect(e) AS b RETURN range(size(a), size(b)) AS r')).not.toThrow();
  });
  it('sees range in backticks, as Neo4j does', () => {
    expect(refused('RETURN [x IN `range`(1, 200000000) | x] AS l')).toThrow(/200,000,000 values/);
    expect(refused('RETURN [x IN `RANGE`(1, toInteger($n)) | x] AS l', { n: 1 })).toThrow(/bounds that can be checked/);
  });
});

describe('checkPlan', () => {
  const call = (details: string) => ({ operatorType: 'ProduceResults@neo4j', children: [{ operatorType: 'ProcedureCall@neo4j', arguments: { Details: details } }] });
  it('accepts reads and whitelisted procedures', () => {
    expect(() => checkPlan('r', call('db.labels() :: (label :: STRING)'))).not.toThrow();
    expect(() => checkPlan('r', call('db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)'))).not.toThrow();
  });
  it('refuses writes, schema, other procedures and LOAD CSV', () => {
    expect(() => checkPlan('w', call('x'))).toThrow(/writes data/);
    expect(() => checkPlan('s', call('x'))).toThrow(/schema/);
    expect(() => checkPlan('r', call('dbms.components() :: (name :: STRING)'))).toThrow(/"dbms.components" is not allowed/);
    expect(() => checkPlan('r', { operatorType: 'LoadCSV@neo4j' })).toThrow(/LOAD CSV/);
  });
});

describe('positionFromMessage', () => {
  it('undoes the EXPLAIN prefix', () => {
    expect(positionFromMessage('Invalid input (line 2, column 9 (offset: 16))', 1, 8)).toEqual({ line: 1, column: 9, offset: 8 });
  });
});
