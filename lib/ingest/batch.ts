import { getEnv } from '@/lib/env';
import { DatabaseUnavailableError, isAppError } from '@/lib/errors';
import { mapPool } from '@/lib/pool';
import { ingestArticle } from './ingest-article';
import { parseFile } from './files';
import type { RawRecord } from './jsonl';
import { toFileRecord, type FileRecord } from './records';

/** What happened to one record: `line` is its JSONL line (1-based) when it has one. */
export type ItemOutcome = { file: string; line?: number; title: string; status: 'added' | 'updated' | 'unchanged' | 'failed'; articleId?: string; message: string };
export type BatchReport = { added: number; updated: number; unchanged: number; failed: number; items: ItemOutcome[] };
/** Called as each record finishes (in completion order), for progress. */
export type OnOutcome = (outcome: ItemOutcome) => void;

/**
 * Ingests every article of one file. A bad record fails alone; a file that cannot be read fails as one item.
 * A database outage is not a property of the file: it is thrown, so the caller stops instead of failing every file.
 */
export async function ingestFile(name: string, bytes: Uint8Array, onOutcome?: OnOutcome): Promise<ItemOutcome[]> {
  let records: FileRecord[];
  try {
    records = parseFile(name, bytes);
  } catch (error) {
    const outcome = failure({ file: name, title: name }, error);
    onOutcome?.(outcome);
    return [outcome];
  }
  return ingestParsed(records, onOutcome);
}

/**
 * Ingests records the browser parsed out of a JSONL file and sends in small batches (see RecordBatchSchema):
 * one outcome per record, in the order sent, each with its line. The same record again answers "unchanged",
 * which is what makes a rerun after a cancel a resume.
 */
export async function ingestRecords(file: string, records: readonly RawRecord[], onOutcome?: OnOutcome): Promise<ItemOutcome[]> {
  return ingestParsed(
    records.map((record, i) => toFileRecord(file, record, i)),
    onOutcome,
  );
}

/** Several records in flight (INGEST_CONCURRENCY), each its own transaction; the outcomes keep the records' order. */
export async function ingestParsed(records: readonly FileRecord[], onOutcome?: OnOutcome): Promise<ItemOutcome[]> {
  return mapPool(records, getEnv().INGEST_CONCURRENCY, async (record) => {
    const outcome = await ingestOne(record);
    onOutcome?.(outcome);
    return outcome;
  });
}

async function ingestOne(record: FileRecord): Promise<ItemOutcome> {
  const where = { file: record.file, title: record.title, ...(record.line !== undefined ? { line: record.line } : {}) };
  if (!record.ok) return { ...where, status: 'failed', message: record.reason };
  try {
    const result = await ingestArticle(record.input);
    return { ...where, title: result.title, status: result.status, articleId: result.articleId, message: result.message };
  } catch (error) {
    return failure(where, error);
  }
}

function failure(where: Pick<ItemOutcome, 'file' | 'title' | 'line'>, error: unknown): ItemOutcome {
  if (error instanceof DatabaseUnavailableError) throw error;
  // An unexpected failure (a bug) is reported for this item with its message, and logged with its stack.
  if (!isAppError(error)) console.error(JSON.stringify({ event: 'ingest_failed', file: where.file, line: where.line, error: String((error as Error)?.stack ?? error) }));
  const message = isAppError(error) ? error.message : `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
  return { ...where, status: 'failed', message };
}

export function summarise(items: ItemOutcome[]): BatchReport {
  const count = (status: ItemOutcome['status']) => items.filter((i) => i.status === status).length;
  return { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed'), items };
}
