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
  {
    name: 'evidence not in the text',
    input: bad((x) => ((r0(x).evidence as Array<Record<string, unknown>>)[0] = { start: 0, end: 10, text: '<script>x' })),
    message: /does not match the article text/,
  },
];

/** HTTP requests the API must refuse with a clear JSON error and the right status. */
export const BAD_REQUESTS: Array<{ name: string; path: string; method?: string; status: number; code?: string }> = [
  { name: 'unknown entity', path: '/api/entities/person-nobody-at-all', status: 404, code: 'not_found' },
  { name: 'quote injection in the id', path: `/api/entities/${encodeURIComponent("x' OR 1=1 //")}`, status: 404, code: 'not_found' },
  { name: 'Cypher injection in the id', path: `/api/entities/${encodeURIComponent('x"}) DETACH DELETE e //')}`, status: 404, code: 'not_found' },
  { name: 'id of 5,000 characters', path: `/api/entities/${'a'.repeat(5000)}`, status: 400, code: 'bad_input' },
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
  {
    name: 'unknown relationship type',
    text: `${HEADER}\n${NODE}\n{"kind":"rel","type":"DROP_ALL","from":{"label":"Entity","id":"a"},"to":{"label":"Entity","id":"b"},"props":{},"ints":[]}`,
    message: /not one newsgraph knows/,
  },
  {
    name: 'relationship to a missing node',
    text: `{"format":"newsgraph","nodes":1,"relationships":1,"version":1}\n${NODE}\n{"kind":"rel","type":"MET_WITH","from":{"label":"Entity","id":"person-x"},"to":{"label":"Entity","id":"person-y"},"props":{},"ints":[]}`,
    message: /not in the file/,
  },
  { name: 'unknown line kind', text: `${HEADER}\n{"kind":"shell","cmd":"rm -rf /"}`, message: /unknown kind/ },
];

/** windows-1252 bytes for text (the characters used here: latin-1 plus ’ “ ” – €). */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return new Uint8Array([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'le' ? new Uint8Array(le) : new Uint8Array(le.map((_, i) => le[i ^ 1] ?? 0));
}

const LATIN = 'Le Conseil de sécurité des Nations Unies a adopté jeudi à Genève une résolution sur le Mali. Le secrétaire général a salué la décision du Conseil.';
const QUOTED = 'Le secrétaire général a déclaré à Genève : “La paix au Mali coûte 12 € par habitant” – une estimation de l’ONU publiée jeudi par le Conseil de sécurité.';

/** Files in legacy or UTF-16 encodings that must be read as the text they hold: no U+FFFD, no mojibake. */
export const LEGACY_FILES: Array<{ name: string; file: string; bytes: Uint8Array; text: string }> = [
  { name: 'a Latin-1 file', file: 'latin1.txt', bytes: Buffer.from(LATIN, 'latin1'), text: LATIN },
  { name: 'a Windows-1252 file with curly quotes, a dash and €', file: 'cp1252.txt', bytes: cp1252(QUOTED), text: QUOTED },
  { name: 'a UTF-16LE file with a BOM', file: 'utf16le.txt', bytes: utf16(`${QUOTED} (UTF-16LE)`, 'le'), text: `${QUOTED} (UTF-16LE)` },
  { name: 'a UTF-16BE file with a BOM', file: 'utf16be.md', bytes: utf16(`${LATIN} (UTF-16BE)`, 'be'), text: `${LATIN} (UTF-16BE)` },
];

/** Files the ingest must refuse before anything is stored, with a message that says what to do. */
export const BAD_FILES: Array<{ name: string; file: string; bytes: Uint8Array; message: RegExp }> = [
  {
    name: 'PDF bytes named .txt',
    file: 'report.txt',
    bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>', 'latin1'),
    message: /is a PDF, not text. newsgraph reads text, HTML, Markdown and JSON: save the PDF as text first/,
  },
  { name: 'a .pdf file', file: 'report.pdf', bytes: Buffer.from('%PDF-1.4\n'), message: /unsupported file type “.pdf”.*save the PDF as text first/ },
  { name: 'ZIP bytes named .txt', file: 'archive.txt', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]), message: /is a ZIP archive.*save or export it as plain text/ },
  { name: 'a Word .docx file', file: 'memo.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), message: /unsupported file type “.docx”.*ZIP archive \(Word .docx/ },
  { name: 'an old Word .doc named .txt', file: 'memo.txt', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), message: /old Microsoft Office file/ },
  { name: 'a PNG named .md', file: 'photo.md', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), message: /PNG image/ },
  {
    name: 'NUL-heavy data',
    file: 'data.txt',
    bytes: new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)))),
    message: /looks like a binary file/,
  },
  { name: 'UTF-16 without a BOM', file: 'nobom.txt', bytes: Buffer.from(LATIN, 'utf16le'), message: /binary.*byte order mark/ },
  {
    name: 'a lone surrogate in a JSON record',
    file: 'broken.json',
    bytes: Buffer.from(`{"title": "x", "text": "${LATIN} \\ud800"}`),
    message: /article text holds a broken character \(an unpaired UTF-16 surrogate, U\+D800/,
  },
  { name: 'a JSON record of control characters only', file: 'controls.json', bytes: Buffer.from('{"text": "\\u0000\\u0001\\u0007\\u001b"}'), message: /empty/ },
];

/** Pasted text with controls: stored cleaned (text, title, source), never with the controls. */
export const CONTROL_TEXT = {
  text: `\u0000${LATIN.replace('Conseil', 'Con\u0000seil').replace('Genève', 'Gene\u0300ve\u0007')}\u001b[0m\r\n\u0085`,
  title: 'Mali\u0000 : le Conseil\r\nadopte\u0008 une résolution',
  source: 'agence\u0000\u009b',
  expected: { text: `${LATIN}[0m`, title: 'Mali : le Conseil adopte une résolution', source: 'agence' },
};
