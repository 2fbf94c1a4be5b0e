import { readTransaction } from '@/lib/neo4j/run';

export type EditorSchema = { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] };

const SCHEMA_FOR_EDITOR = `
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
RETURN labels, relationshipTypes, propertyKeys`;

/** Labels, relationship types and property keys of the live database, for the console's completion. */
export async function getEditorSchema(): Promise<EditorSchema> {
  const record = (await readTransaction((tx) => tx.run(SCHEMA_FOR_EDITOR), { timeoutMs: 5_000 })).records[0];
  const list = (key: string) => ((record?.get(key) as string[] | undefined) ?? []).sort();
  return { labels: list('labels'), relationshipTypes: list('relationshipTypes'), propertyKeys: list('propertyKeys') };
}
