import { readTransaction } from '@/lib/neo4j/run';
import { ENTITY_TYPES, RELATION_TYPES } from '@/lib/model';
import type { SchemaWhitelist } from './compile';

const SCHEMA_NAMES = `
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationTypes }
RETURN labels, relationTypes`;

/** Labels and relationship types that exist in the database AND in lib/model: the only names filters may use. */
export async function getSchemaWhitelist(): Promise<SchemaWhitelist> {
  const record = (await readTransaction((tx) => tx.run(SCHEMA_NAMES), { timeoutMs: 5_000 })).records[0];
  const labels = (record?.get('labels') as string[] | undefined) ?? [];
  const relationTypes = (record?.get('relationTypes') as string[] | undefined) ?? [];
  return {
    labels: ENTITY_TYPES.filter((t) => labels.includes(t)),
    relationTypes: RELATION_TYPES.filter((t) => relationTypes.includes(t)),
  };
}
