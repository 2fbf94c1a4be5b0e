import { readTransaction, type TransactionOptions } from '@/lib/neo4j/run';

export type GraphCounts = { nodes: number; relationships: number; nodeProperties: number; relationshipProperties: number; articles: number; entities: number };

const COUNT_EVERYTHING = `
CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN nodes, relationships, nodeProperties, relationshipProperties, articles, entities`;

/** Whole-database counts: what reliability tests compare before and after. */
export async function countGraph(): Promise<GraphCounts> {
  const record = (await readTransaction((tx) => tx.run(COUNT_EVERYTHING))).records[0];
  const get = (key: string) => Number(record?.get(key) ?? 0);
  return {
    nodes: get('nodes'),
    relationships: get('relationships'),
    nodeProperties: get('nodeProperties'),
    relationshipProperties: get('relationshipProperties'),
    articles: get('articles'),
    entities: get('entities'),
  };
}

const QUICK_COUNTS = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN articles, entities`;

/** Cheap counts from Neo4j's count store: the health check and `npm start` use these (the health check with a short deadline). */
export async function countArticlesAndEntities(options: TransactionOptions = { timeoutMs: 5_000 }): Promise<{ articles: number; entities: number }> {
  const record = (await readTransaction((tx) => tx.run(QUICK_COUNTS), options)).records[0];
  return { articles: Number(record?.get('articles') ?? 0), entities: Number(record?.get('entities') ?? 0) };
}
