import { z } from 'zod';
import { BadInputError } from '@/lib/errors';
import type { IngestInput } from './input';
import { MAX_BATCH_RECORDS, splitJsonl, type RawRecord, type RecordLine } from './jsonl';
import { metadataFromJson } from './metadata/json';
import { cleanText } from './metadata/fields';

/** One article of a file (or a record of a batch), ready to ingest, or the reason it cannot be. */
export type FileRecord = { file: string; line?: number; title: string } & ({ ok: true; input: IngestInput } | { ok: false; reason: string });

/** What a request carrying records sends: the file they come from and up to MAX_BATCH_RECORDS parsed JSON values. */
export const RecordBatchSchema = z.object({
  file: z.string().trim().min(1).max(300),
  records: z
    .array(z.object({ line: z.number().int().min(1).optional(), value: z.unknown() }))
    .min(1)
    .max(MAX_BATCH_RECORDS),
});
export type RecordBatch = z.infer<typeof RecordBatchSchema>;

/**
 * The records of a .jsonl or .json file. A line that is not JSON, or a record without text, fails alone with
 * its line number; only a file with no records at all (or a .json that does not parse) is refused whole.
 */
export function parseRecords(name: string, text: string, ext: '.json' | '.jsonl'): FileRecord[] {
  const lines: Array<RecordLine | { line?: undefined; value: unknown }> = ext === '.jsonl' ? splitJsonl(text) : [parseJson(name, text)].flat().map((value) => ({ value }));
  if (lines.length === 0) throw new BadInputError(`${name} holds no records. Each record needs at least a "text" field.`);
  return lines.map((entry, i) => ('error' in entry ? { file: name, line: entry.line, title: '', ok: false, reason: entry.error } : toFileRecord(name, entry, i)));
}

/**
 * One parsed JSON value → an article input, with its metadata read from the fields it has (see metadata/json).
 * Where the record is (its line, or its place in a .json array) is a field of its own, never part of the reason
 * or the title: the browser sends batches whose lines it renumbers.
 */
export function toFileRecord(file: string, record: RawRecord, index: number): FileRecord {
  const read = metadataFromJson(record.value);
  const title = cleanText((record.value as { title?: unknown } | null)?.title, 500) ?? '';
  const base = { file, ...(record.line !== undefined ? { line: record.line } : {}) };
  if (!read.ok) return { ...base, title, ok: false, reason: `${capitalise(read.reason)}${record.line === undefined ? ` (record ${index + 1})` : ''}.` };
  return { ...base, title: read.article.title ?? title, ok: true, input: read.article };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function parseJson(name: string, body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BadInputError(`${name} is not valid JSON (${(error as Error).message}).`);
  }
}
