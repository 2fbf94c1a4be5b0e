/**
 * JSON Lines → one entry per non-blank line, numbered as an editor numbers them. Pure and dependency-free:
 * the upload form runs it in the browser (to send records in small batches) and the server runs it on files.
 */
export type RawRecord = { line?: number; value: unknown };
export type RecordLine = { line: number; value: unknown } | { line: number; error: string };

/** At most this many records per request: small enough for steady progress, few enough requests to stay quick. */
export const MAX_BATCH_RECORDS = 10;
/** And at most this many bytes of JSON per request (the server-action body limit is 8 MB). */
export const MAX_BATCH_BYTES = 1_000_000;

export function splitJsonl(text: string): RecordLine[] {
  const out: RecordLine[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    // A BOM or a Windows line end is not part of the record.
    const line = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '');
    if (line.trim() === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(line) });
    } catch (error) {
      out.push({ line: i + 1, error: `Not valid JSON (${(error as Error).message}).` });
    }
  }
  return out;
}

/** Consecutive entries grouped under MAX_BATCH_RECORDS and MAX_BATCH_BYTES (a record bigger than that goes alone). */
export function toBatches<T>(entries: readonly T[], sizeOf: (entry: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = sizeOf(entry);
    if (current.length > 0 && (current.length >= MAX_BATCH_RECORDS || bytes + size > MAX_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
