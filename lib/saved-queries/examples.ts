import { writeTransaction } from '@/lib/neo4j/run';

/** Shipped examples, created idempotently (MERGE on a fixed id) when the schema and seed are applied. */
const EXAMPLE_QUERIES = [
  {
    id: 'example-organisations-linked-to-unodc',
    name: 'Organisations linked to UNODC',
    kind: 'cypher',
    body: {
      query: "MATCH p = (o:Organization)-[r]-(u:Entity {id: $id})\nWHERE type(r) <> 'CO_MENTIONED'\nRETURN p",
      params: { id: 'org-unodc' },
    },
  },
  {
    id: 'example-people-who-spoke-at-meetings-in-russia',
    name: 'People who spoke at meetings in Russia',
    kind: 'cypher',
    body: {
      query: 'MATCH p = (person:Person)-[:SPOKE_AT]->(meeting:Event)-[:HELD_IN]->(:Location)-[:LOCATED_IN*0..3]->(:Location {id: $country})\nRETURN p',
      params: { country: 'loc-russia' },
    },
  },
  {
    id: 'example-entities-in-french-and-english-articles',
    name: 'Entities mentioned in both French and English articles',
    kind: 'cypher',
    body: {
      query: "MATCH (e:Entity)\nWHERE EXISTS { (:Article {language: 'fr'})-[:MENTIONS]->(e) }\n  AND EXISTS { (:Article {language: 'en'})-[:MENTIONS]->(e) }\nRETURN e",
      params: {},
    },
  },
  {
    id: 'example-typed-relations-only',
    name: 'Typed relations only (no co-mentions)',
    kind: 'filter',
    body: { hideCoMentioned: true },
  },
] as const;

const MERGE_EXAMPLE = `
MERGE (q:SavedQuery {id: $id})
ON CREATE SET q.createdAt = datetime()
SET q.name = $name, q.kind = $kind, q.body = $body, q.example = true`;

export async function ensureExampleQueries(): Promise<void> {
  await writeTransaction(async (tx) => {
    for (const example of EXAMPLE_QUERIES) {
      await tx.run(MERGE_EXAMPLE, { id: example.id, name: example.name, kind: example.kind, body: JSON.stringify(example.body) });
    }
  });
}
