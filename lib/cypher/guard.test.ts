import { describe, expect, it } from 'vitest';
import { checkPlan, checkQueryText } from './guard';
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
