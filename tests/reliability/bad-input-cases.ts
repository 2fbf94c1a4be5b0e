/**
 * Bad inputs for reliability case 6, as data: each names its surface, the input, and the message the user must
 * get. Add cases for new actions and routes here (ingest form, Cypher console, filters…): the test runs them all
 * and checks that the graph did not change.
 */
import type { Extraction } from '@/lib/model';

export const TEXT = 'Yury Fedotov dirige l’ONUDC à Vienne.';
const ok: Extraction = {
  language: 'fr',
  entities: [
    { id: 'person-bad-fedotov', name: 'Yury Fedotov', type: 'Person', aliases: [], mentions: [{ start: 0, end: 12, text: 'Yury Fedotov' }] },
    { id: 'org-bad-onudc', name: 'ONUDC', type: 'Organization', aliases: [], mentions: [{ start: 22, end: 27, text: 'ONUDC' }] },
  ],
  relations: [{ type: 'LEADS', source: 'person-bad-fedotov', target: 'org-bad-onudc', confidence: 0.9, evidence: [{ start: 0, end: TEXT.length, text: TEXT }] }],
};

/** A copy of the valid extraction with one change. */
function bad(change: (e: Record<string, unknown> & { entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> }) => void): unknown {
  const copy = structuredClone(ok) as unknown as Record<string, unknown> & { entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> };
  change(copy);
  return copy;
}
const e0 = (x: { entities: Array<Record<string, unknown>> }) => x.entities[0] as Record<string, unknown>;
const r0 = (x: { relations: Array<Record<string, unknown>> }) => x.relations[0] as Record<string, unknown>;
const m0 = (x: { entities: Array<Record<string, unknown>> }) => (e0(x).mentions as Array<Record<string, unknown>>)[0] as Record<string, unknown>;

export const VALID_EXTRACTION = ok;

/** Extractions the loader must refuse (lib/graph/validate.ts) before touching the database. */
export const BAD_EXTRACTIONS: Array<{ name: string; input: unknown; message: RegExp }> = [
  { name: 'null', input: null, message: /malformed/ },
  { name: 'a string', input: 'entities', message: /malformed/ },
  { name: 'entities not a list', input: bad((x) => (x.entities = {} as never)), message: /malformed.*entities/ },
  { name: 'missing relations', input: bad((x) => delete (x as Record<string, unknown>).relations), message: /malformed.*relations/ },
  { name: 'language de', input: bad((x) => (x.language = 'de')), message: /malformed.*language/ },
  { name: 'unknown entity type', input: bad((x) => (e0(x).type = 'Alien')), message: /malformed.*type/ },
  { name: 'label injection as entity type', input: bad((x) => (e0(x).type = 'Person:Admin')), message: /malformed.*type/ },
  { name: 'unknown relation type', input: bad((x) => (r0(x).type = 'HACKS')), message: /must be one of/ },
  { name: 'Cypher injection as relation type', input: bad((x) => (r0(x).type = 'LEADS]->() DETACH DELETE n //')), message: /must be one of/ },
  { name: 'empty entity id', input: bad((x) => (e0(x).id = '')), message: /malformed.*id/ },
  { name: 'empty entity name', input: bad((x) => (e0(x).name = '')), message: /malformed.*name/ },
  { name: 'aliases not a list', input: bad((x) => (e0(x).aliases = 'Fedotov')), message: /malformed.*aliases/ },
  { name: 'missing mentions', input: bad((x) => delete e0(x).mentions), message: /malformed.*mentions/ },
  { name: 'duplicate entity id', input: bad((x) => (x.entities[1] = { ...e0(x) })), message: /appears twice/ },
  { name: 'relation to an unknown entity', input: bad((x) => (r0(x).target = 'org-nowhere')), message: /not among the extracted entities/ },
  { name: 'relation from an unknown entity', input: bad((x) => (r0(x).source = 'person-nobody')), message: /not among the extracted entities/ },
  { name: 'mention past the end of the text', input: bad((x) => Object.assign(m0(x), { start: 100, end: 112 })), message: /does not match the article text/ },
  { name: 'mention text differs from the text', input: bad((x) => (m0(x).text = 'Ban Ki-moon!')), message: /does not match the article text/ },
  { name: 'mention end before start', input: bad((x) => Object.assign(m0(x), { start: 12, end: 0 })), message: /does not match the article text/ },
  { name: 'negative mention start', input: bad((x) => (m0(x).start = -1)), message: /malformed.*start/ },
  { name: 'fractional mention offset', input: bad((x) => (m0(x).end = 12.5)), message: /malformed.*end/ },
  { name: 'confidence above 1', input: bad((x) => (r0(x).confidence = 1.5)), message: /malformed.*confidence/ },
  { name: 'negative confidence', input: bad((x) => (r0(x).confidence = -0.1)), message: /malformed.*confidence/ },
  { name: 'relation without evidence', input: bad((x) => (r0(x).evidence = [])), message: /malformed.*evidence/ },
  { name: 'evidence not in the text', input: bad((x) => ((r0(x).evidence as Array<Record<string, unknown>>)[0] = { start: 0, end: 10, text: '<script>x' })), message: /does not match the article text/ },
];

/** HTTP requests the API must refuse with a clear JSON error and the right status. */
export const BAD_REQUESTS: Array<{ name: string; path: string; method?: string; status: number; code?: string }> = [
  { name: 'unknown entity', path: '/api/entities/person-nobody-at-all', status: 404, code: 'not_found' },
  { name: 'quote injection in the id', path: `/api/entities/${encodeURIComponent("x' OR 1=1 //")}`, status: 404, code: 'not_found' },
  { name: 'Cypher injection in the id', path: `/api/entities/${encodeURIComponent('x"}) DETACH DELETE e //')}`, status: 404, code: 'not_found' },
  { name: 'id of 5,000 characters', path: `/api/entities/${'a'.repeat(5000)}`, status: 404, code: 'not_found' },
  { name: 'emoji id', path: `/api/entities/${encodeURIComponent('🙂')}`, status: 404, code: 'not_found' },
  { name: 'NUL byte in the id', path: '/api/entities/x%00y', status: 404, code: 'not_found' },
  { name: 'encoded path traversal', path: `/api/entities/${encodeURIComponent('../../etc/passwd')}`, status: 404, code: 'not_found' },
  { name: 'HTML in the id', path: `/api/entities/${encodeURIComponent('<img src=x onerror=alert(1)>')}`, status: 404, code: 'not_found' },
  { name: 'DELETE on a read-only route', path: '/api/entities/person-yury-fedotov', method: 'DELETE', status: 405 },
  { name: 'POST on a read-only route', path: '/api/entities/person-yury-fedotov', method: 'POST', status: 405 },
  { name: 'unknown API route', path: '/api/drop-database', status: 404 },
  { name: 'a malformed percent-encoding in the path', path: '/api/entities/%E0%A4%A', status: 400, code: 'bad_input' },
  { name: 'a lone percent sign in the path', path: '/api/entities/50%', status: 400, code: 'bad_input' },
];

/** Files `npm run import` must refuse (lib/portability/import.ts) on an empty database. */
const HEADER = '{"format":"newsgraph","nodes":1,"relationships":0,"version":1}';
const NODE = '{"ints":[],"kind":"node","labels":["Entity","Person"],"props":{"id":"person-x","name":"X","type":"Person"}}';
export const BAD_IMPORTS: Array<{ name: string; text: string; message: RegExp }> = [
  { name: 'empty file', text: '', message: /empty/ },
  { name: 'not JSON', text: 'not json', message: /not valid JSON/ },
  { name: 'another format', text: '{"format":"other"}', message: /not a newsgraph export/ },
  { name: 'a future version', text: '{"format":"newsgraph","version":2}', message: /version 2/ },
  { name: 'unknown label', text: `${HEADER}\n${NODE.replace('"Person"]', '"Admin"]')}`, message: /label "Admin"/ },
  { name: 'node without id', text: `${HEADER}\n${NODE.replace('"id":"person-x",', '')}`, message: /needs an id/ },
  { name: 'truncated file', text: `{"format":"newsgraph","nodes":2,"relationships":0,"version":1}\n${NODE}`, message: /truncated/ },
  { name: 'unknown relationship type', text: `${HEADER}\n${NODE}\n{"kind":"rel","type":"DROP_ALL","from":{"label":"Entity","id":"a"},"to":{"label":"Entity","id":"b"},"props":{},"ints":[]}`, message: /not one newsgraph knows/ },
  { name: 'relationship to a missing node', text: `{"format":"newsgraph","nodes":1,"relationships":1,"version":1}\n${NODE}\n{"kind":"rel","type":"MET_WITH","from":{"label":"Entity","id":"person-x"},"to":{"label":"Entity","id":"person-y"},"props":{},"ints":[]}`, message: /not in the file/ },
  { name: 'unknown line kind', text: `${HEADER}\n{"kind":"shell","cmd":"rm -rf /"}`, message: /unknown kind/ },
];
