import type { ItemOutcome } from '@/lib/ingest/batch';
import { splitJsonl, toBatches, type RecordLine } from '@/lib/ingest/jsonl';
import { failed, MAX_UPLOAD_BYTES, sendFile, sendRecords } from './send-records';

/** One request's worth of work, and how many records it stands for (a .json file's count is known only after). */
export type UploadStep = { file: string; records: number; run: () => Promise<ItemOutcome[]> };

/**
 * The requests an upload makes, in order. A JSONL file is read and parsed here, so it goes as small batches of
 * records (per-record progress; no request near the body limit) and its malformed lines are reported without a
 * round trip. Other files, and JSONL that is not UTF-8 (the server knows windows-1252), go whole, one request each.
 */
export async function planUpload(files: readonly File[]): Promise<UploadStep[]> {
  const steps: UploadStep[] = [];
  for (const file of files) {
    const lines = /\.jsonl$/i.test(file.name) ? await readJsonl(file) : null;
    if (!lines) {
      steps.push({ file: file.name, records: 1, run: () => sendFile(file) });
      continue;
    }
    if (lines.length === 0) {
      steps.push({
        file: file.name,
        records: 1,
        run: async () => [failed(file.name, undefined, `${file.name} holds no records. Each line needs a JSON object with at least a "text" field.`)],
      });
      continue;
    }
    for (const batch of toBatches(lines, (l) => ('value' in l ? jsonBytes(l.value) : 0))) {
      steps.push({ file: file.name, records: batch.length, run: () => runBatch(file.name, batch) });
    }
  }
  return steps;
}

async function readJsonl(file: File): Promise<RecordLine[] | null> {
  try {
    return splitJsonl(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
  } catch {
    return null;
  }
}

/** Sends the batch's good records; its malformed lines fail here. Outcomes come back in line order. */
async function runBatch(file: string, batch: RecordLine[]): Promise<ItemOutcome[]> {
  const good = batch.flatMap((l) => ('value' in l ? [l] : []));
  const tooBig = good.filter((l) => jsonBytes(l.value) > MAX_UPLOAD_BYTES - 64 * 1024);
  const sendable = good.filter((l) => !tooBig.includes(l));
  const sent = sendable.length > 0 ? await sendRecords(file, sendable) : [];
  const local = [
    ...batch.flatMap((l) => ('error' in l ? [failed(file, l.line, l.error)] : [])),
    ...tooBig.map((l) => failed(file, l.line, `This record is over the ${MAX_UPLOAD_BYTES.toLocaleString('en')}-byte upload limit; load the file with npm run ingest.`)),
  ];
  return [...sent, ...local].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const encoder = new TextEncoder();
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
