import { getEnv } from '@/lib/env';
import { DatabaseUnavailableError, isAppError } from '@/lib/errors';
import { BatchQueue } from '@/lib/batch-queue';
import { mapPool, semaphore } from '@/lib/pool';
import { extractArticle, type Extracted } from './prepare';
import { OverridesSchema } from './types';
import { GROUP_MAX_CHARS, writeGroup, type Written } from './write-group';
import { parseFile } from './files';
import type { RawRecord } from './jsonl';
import { toFileRecord, type FileRecord } from './records';

/** What happened to one record: `line` is its JSONL line (1-based) when it has one. */
export type ItemOutcome = { file: string; line?: number; title: string; status: 'added' | 'updated' | 'unchanged' | 'failed'; articleId?: string; message: string };
/** A batch record carries no corrections: each article is read as the extractor reads it. */
const NO_OVERRIDES = OverridesSchema.parse({});

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

/**
 * A pipeline of two stages; the outcomes keep the records' order.
 *  - extraction (the rules in worker threads, the NER service): 4 × NLP_CONCURRENCY records at once, running ahead
 *    of the writes; their texts reach the service packed several to a request (lib/nlp/client.ts);
 *  - resolution and the write: INGEST_CONCURRENCY transactions at once, each taking the extracted records that
 *    are waiting, up to INGEST_GROUP_SIZE of them (see writeGroup).
 * At most the extraction window plus INGEST_CONCURRENCY groups of records are held in memory.
 */
export async function ingestParsed(records: readonly FileRecord[], onOutcome?: OnOutcome): Promise<ItemOutcome[]> {
  const { INGEST_CONCURRENCY, INGEST_GROUP_SIZE, NLP_CONCURRENCY } = getEnv();
  const extractAhead = Math.max(4, 4 * NLP_CONCURRENCY);
  const extract = semaphore(extractAhead);
  const writes = new BatchQueue((group: Extracted[]) => writeGroup(group, NO_OVERRIDES), INGEST_CONCURRENCY, {
    maxItems: INGEST_GROUP_SIZE,
    maxWeight: GROUP_MAX_CHARS,
    weight: (e: Extracted) => e.article.text.length,
  });
  return mapPool(records, extractAhead + INGEST_CONCURRENCY * INGEST_GROUP_SIZE, async (record) => {
    const outcome = await ingestOne(record, extract, writes);
    onOutcome?.(outcome);
    return outcome;
  });
}

async function ingestOne(record: FileRecord, extract: ReturnType<typeof semaphore>, writes: BatchQueue<Extracted, Written>): Promise<ItemOutcome> {
  const where = { file: record.file, title: record.title, ...(record.line !== undefined ? { line: record.line } : {}) };
  if (!record.ok) return { ...where, status: 'failed', message: record.reason };
  try {
    const extracted = await extract(() => extractArticle(record.input, NO_OVERRIDES));
    const [written] = await writes.submit([extracted]);
    if (!written!.ok) throw written!.error;
    const { result } = written!;
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
