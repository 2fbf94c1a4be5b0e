import { getEditorSchema, type EditorSchema } from '@/lib/cypher/editor-schema';
import { orUnavailable } from '@/lib/result';
import { CypherConsole } from './console';
import './cypher.css';

export const dynamic = 'force-dynamic';

const EMPTY_SCHEMA: EditorSchema = { labels: [], relationshipTypes: [], propertyKeys: [] };
const DEFAULT_QUERY = 'MATCH p = (e:Entity)-[r]->(o:Entity)\nWHERE type(r) <> "CO_MENTIONED"\nRETURN p LIMIT 50';

/** /cypher?query=...&params=... — the read-only console; the URL can carry a query (e.g. from "Show Cypher"). */
export default async function CypherPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const schema = await orUnavailable(getEditorSchema);
  return (
    <>
      {!schema.ok && (
        <p role="alert" className="error-box">
          {schema.message} Queries will fail until it is back; completion is off.
        </p>
      )}
      <CypherConsole initialQuery={first(search.query) ?? DEFAULT_QUERY} initialParams={first(search.params) ?? '{}'} schema={schema.ok ? schema.value : EMPTY_SCHEMA} />
    </>
  );
}
