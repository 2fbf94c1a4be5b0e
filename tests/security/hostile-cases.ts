/**
 * Hostile inputs for the read-only Cypher console (/api/cypher and the console's server action share
 * runReadOnlyCypher). `expect` says how each must end:
 *   refused   – rejected before running, with a message matching `message`
 *   truncated – runs, but stops at the row cap and says so
 *   timeout   – runs, and is stopped by the transaction timeout
 *   harmless  – runs and returns data, because what looks like code is only a value (a string or parameter)
 */
export type HostileCase = {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  expect: 'refused' | 'truncated' | 'timeout' | 'harmless';
  message?: RegExp;
};

const READ_ONLY = /read-only|writes data|schema|administ/i;

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'CREATE', query: 'CREATE (n:Hack {id: "x"}) RETURN n', expect: 'refused', message: READ_ONLY },
  { name: 'MERGE', query: 'MERGE (n:Hack {id: "x"}) RETURN n', expect: 'refused', message: READ_ONLY },
  { name: 'SET', query: "MATCH (e:Entity) SET e.name = 'pwned' RETURN e", expect: 'refused', message: READ_ONLY },
  { name: 'REMOVE', query: 'MATCH (e:Entity) REMOVE e.name RETURN e', expect: 'refused', message: READ_ONLY },
  { name: 'REMOVE label', query: 'MATCH (e:Entity) REMOVE e:Entity RETURN e', expect: 'refused', message: READ_ONLY },
  { name: 'DELETE relationship', query: 'MATCH ()-[r]->() DELETE r', expect: 'refused', message: READ_ONLY },
  { name: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n', expect: 'refused', message: READ_ONLY },
  { name: 'FOREACH with CREATE', query: 'FOREACH (x IN range(1, 3) | CREATE (:Hack {x: x}))', expect: 'refused', message: READ_ONLY },
  { name: 'CALL subquery with CREATE', query: 'CALL () { CREATE (:Hack) } RETURN 1 AS one', expect: 'refused', message: READ_ONLY },
  { name: 'CALL {} IN TRANSACTIONS', query: 'MATCH (e:Entity) CALL (e) { SET e.x = 1 } IN TRANSACTIONS RETURN count(*)', expect: 'refused', message: /IN TRANSACTIONS/ },
  { name: 'CREATE INDEX', query: 'CREATE INDEX hack IF NOT EXISTS FOR (n:Entity) ON (n.hack)', expect: 'refused', message: READ_ONLY },
  { name: 'DROP INDEX', query: 'DROP INDEX entity_name', expect: 'refused', message: READ_ONLY },
  { name: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT hack IF NOT EXISTS FOR (n:Hack) REQUIRE n.id IS UNIQUE', expect: 'refused', message: READ_ONLY },
  { name: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT entity_id', expect: 'refused', message: READ_ONLY },
  { name: 'LOAD CSV from file', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", expect: 'refused', message: /LOAD CSV/ },
  { name: 'LOAD CSV from http', query: "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line", expect: 'refused', message: /LOAD CSV/ },
  { name: 'load csv, lower case, after a comment', query: "// just a read\nload csv from 'file:///etc/passwd' as l return l", expect: 'refused', message: /LOAD CSV/ },
  { name: 'CALL dbms.components', query: 'CALL dbms.components()', expect: 'refused', message: /procedure|administ/i },
  { name: 'CALL dbms.listConfig', query: 'CALL dbms.listConfig() YIELD name RETURN name', expect: 'refused', message: /procedure|administ/i },
  { name: 'CALL db.createLabel (write procedure)', query: "CALL db.createLabel('Hack')", expect: 'refused', message: /procedure|read-only|writes|schema/i },
  { name: 'CALL db.clearQueryCaches', query: 'CALL db.clearQueryCaches()', expect: 'refused', message: /procedure|administ/i },
  { name: 'SHOW USERS', query: 'SHOW USERS', expect: 'refused', message: /SHOW/ },
  { name: 'SHOW DATABASES', query: 'SHOW DATABASES', expect: 'refused', message: /SHOW/ },
  { name: 'USE system', query: 'USE system SHOW USERS', expect: 'refused', message: /USE/ },
  { name: 'USE another database', query: 'USE other MATCH (n) RETURN n', expect: 'refused', message: /USE/ },
  { name: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", expect: 'refused', message: /TERMINATE/ },
  { name: 'two statements', query: 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', expect: 'refused', message: /one statement/ },
  { name: 'write after a line comment', query: '// read the graph\nMATCH (n) WITH n LIMIT 1\nCREATE (:Hack)', expect: 'refused', message: READ_ONLY },
  { name: 'write after a block comment and ;', query: 'MATCH (n) RETURN n LIMIT 1 /* ok */ ; CREATE (:Hack)', expect: 'refused', message: /one statement/ },
  { name: 'statement break hidden in a string', query: 'RETURN "a"; CREATE (:Hack)', expect: 'refused', message: /one statement/ },
  { name: 'write inside a string is only text', query: "RETURN '; MATCH (n) DETACH DELETE n' AS text", expect: 'harmless' },
  { name: 'PROFILE a write', query: 'PROFILE CREATE (:Hack)', expect: 'refused' },
  { name: 'CYPHER prefix with a write', query: 'CYPHER runtime=slotted CREATE (:Hack)', expect: 'refused' },
  { name: 'backtick label that tries to close and write', query: 'MATCH (n:`Entity`) CREATE (:`Hack``) //`) RETURN n', expect: 'refused', message: READ_ONLY },
  { name: 'backticked identifiers are names, not code', query: 'MATCH (`n; DETACH DELETE n`:Entity) RETURN count(`n; DETACH DELETE n`) AS c', expect: 'harmless' },
  { name: 'parameter value that tries to inject', query: 'MATCH (e:Entity {id: $id}) RETURN e', params: { id: "x'}) DETACH DELETE e //" }, expect: 'harmless' },
  {
    name: 'parameter used as a label value',
    query: 'MATCH (e) WHERE $label IN labels(e) RETURN count(e) AS c',
    params: { label: 'Entity`) DETACH DELETE e //' },
    expect: 'harmless',
  },
  { name: 'huge query (20 KB)', query: `RETURN 1 AS one ${'/* padding */ '.repeat(1_500)}`, expect: 'refused', message: /limit is/ },
  { name: 'unknown procedure (apoc)', query: "CALL apoc.load.json('file:///etc/passwd')", expect: 'refused' },
  { name: 'runaway UNWIND', query: 'UNWIND range(1, 10000000000) AS x RETURN x', expect: 'truncated' },
  { name: 'runaway eager sort', query: 'UNWIND range(1, 10000000000) AS x WITH x ORDER BY x DESC RETURN x LIMIT 1', expect: 'timeout' },
  { name: 'cartesian product over all nodes', query: 'MATCH (a), (b), (c), (d), (e), (f), (g) WHERE a <> g RETURN count(*) AS c', expect: 'timeout' },
  { name: 'deep variable-length paths', query: 'MATCH p = (a)-[*]-(b) RETURN count(p) AS c', expect: 'timeout' },
];
