import { randomUUID } from 'node:crypto';
import { readTransaction, writeTransaction } from '@/lib/neo4j/run';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { cleanLine, refuseLoneSurrogates } from '@/lib/text/clean-text';
import { NewSavedQuerySchema, type NewSavedQuery, type SavedQuery } from './model';

const FIELDS = 'q { .id, .name, .kind, .body, createdAt: toString(q.createdAt), example: coalesce(q.example, false) }';

const LIST_SAVED = `MATCH (q:SavedQuery) RETURN ${FIELDS} AS saved ORDER BY q.example DESC, q.name`;
const GET_SAVED = `MATCH (q:SavedQuery {id: $id}) RETURN ${FIELDS} AS saved`;
const CREATE_SAVED = `
CREATE (q:SavedQuery {id: $id, name: $name, kind: $kind, body: $body, createdAt: datetime(), example: false})
RETURN ${FIELDS} AS saved`;
const DELETE_SAVED = 'MATCH (q:SavedQuery {id: $id}) DELETE q RETURN count(*) AS deleted';

type Row = Omit<SavedQuery, 'body'> & { body: string };
const parse = (row: Row): SavedQuery => ({ ...row, body: JSON.parse(row.body) as unknown });

export async function listSavedQueries(): Promise<SavedQuery[]> {
  return (await readTransaction((tx) => tx.run(LIST_SAVED))).records.map((r) => parse(r.get('saved') as Row));
}

export async function getSavedQuery(id: string): Promise<SavedQuery> {
  const record = (await readTransaction((tx) => tx.run(GET_SAVED, { id }))).records[0];
  if (!record) throw new NotFoundError(`Saved query "${id}"`);
  return parse(record.get('saved') as Row);
}

/** Validates and stores a saved view; the body is checked against its kind's schema first. */
export async function saveQuery(input: NewSavedQuery): Promise<SavedQuery> {
  const valid = NewSavedQuerySchema.parse(input);
  refuseLoneSurrogates(valid.name, 'name');
  const name = cleanLine(valid.name);
  if (name === '') throw new BadInputError('The name is empty once control characters are removed; give the view a name.');
  const params = { id: randomUUID(), name, kind: valid.kind, body: JSON.stringify(valid.body) };
  const record = (await writeTransaction((tx) => tx.run(CREATE_SAVED, params))).records[0];
  return parse(record?.get('saved') as Row);
}

export async function deleteSavedQuery(id: string): Promise<void> {
  const deleted = (await writeTransaction((tx) => tx.run(DELETE_SAVED, { id }))).records[0]?.get('deleted');
  if (!deleted) throw new NotFoundError(`Saved query "${id}"`);
}
