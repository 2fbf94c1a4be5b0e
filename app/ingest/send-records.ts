import { ingestRecordBatch, ingestUpload } from '@/app/actions/ingest';
import type { ItemOutcome } from '@/lib/ingest/batch';
import type { RawRecord } from '@/lib/ingest/jsonl';

import { ACTION_BODY_LIMIT_BYTES } from '@/lib/limits';

/** experimental.serverActions.bodySizeLimit in next.config.js. */
export const MAX_UPLOAD_BYTES = ACTION_BODY_LIMIT_BYTES;

/**
 * Sends one small batch of a JSONL file's records (parsed in the browser) through ingestRecordBatch and gets
 * one outcome per record, in the order sent, each with the line it has in the original file.
 */
export async function sendRecords(file: string, records: ReadonlyArray<RawRecord & { line: number }>): Promise<ItemOutcome[]> {
  let outcomes: ItemOutcome[];
  try {
    const result = await ingestRecordBatch({ file, records: records.map((r) => ({ line: r.line, value: r.value })) });
    if (!result.ok) return records.map((r) => failed(file, r.line, result.message));
    outcomes = result.value;
  } catch (error) {
    return records.map((r) => failed(file, r.line, `The server could not process this batch: ${(error as Error).message}. Upload the file again to retry; what is in is skipped.`));
  }
  // A batch refused whole (one item for the whole "file") fails each of its records with that reason.
  if (outcomes.length !== records.length) return records.map((r) => failed(file, r.line, outcomes[0]?.message ?? 'The server gave no result for this record.'));
  return outcomes.map((o, i) => ({ ...o, file, line: records[i]!.line }));
}

/** Sends one whole file (.txt, .md, .html, .json, or a JSONL file the browser could not decode) as today. */
export async function sendFile(file: File): Promise<ItemOutcome[]> {
  if (file.size > MAX_UPLOAD_BYTES) {
    return [
      failed(
        file.name,
        undefined,
        `${file.name} is ${file.size.toLocaleString('en')} bytes; uploads are limited to ${MAX_UPLOAD_BYTES.toLocaleString('en')} bytes. Split it, or load it with npm run ingest.`,
      ),
    ];
  }
  const form = new FormData();
  form.set('file', file);
  try {
    const result = await ingestUpload(form);
    return result.ok ? result.value : [failed(file.name, undefined, result.message)];
  } catch (error) {
    return [failed(file.name, undefined, `The server could not process it: ${(error as Error).message}`)];
  }
}

export function failed(file: string, line: number | undefined, message: string): ItemOutcome {
  return { file, ...(line !== undefined ? { line } : {}), title: '', status: 'failed', message };
}
