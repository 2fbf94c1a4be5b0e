'use client';

import { useState } from 'react';
import { ingestUpload } from '@/app/actions/ingest';
import type { ItemOutcome } from '@/lib/ingest';
import { BatchReport } from './batch-report';

/** Matches experimental.serverActions.bodySizeLimit in next.config.js. */
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

type Progress = { done: number; total: number; current: string } | null;

/** Sends files one at a time so the page can show "n of N", and one bad file never stops the others. */
export function UploadForm() {
  const [progress, setProgress] = useState<Progress>(null);
  const [items, setItems] = useState<ItemOutcome[] | null>(null);

  async function upload(files: File[]) {
    const outcomes: ItemOutcome[] = [];
    setItems(null);
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, current: file.name });
      if (file.size > MAX_UPLOAD_BYTES) {
        outcomes.push({ file: file.name, title: file.name, status: 'failed', message: `${file.name} is ${file.size.toLocaleString('en')} bytes; uploads are limited to ${MAX_UPLOAD_BYTES.toLocaleString('en')} bytes.` });
        continue;
      }
      const form = new FormData();
      form.set('file', file);
      try {
        const result = await ingestUpload(form);
        outcomes.push(...(result.ok ? result.value : [{ file: file.name, title: file.name, status: 'failed' as const, message: result.message }]));
      } catch (error) {
        outcomes.push({ file: file.name, title: file.name, status: 'failed', message: `The server could not process it: ${(error as Error).message}` });
      }
    }
    setProgress(null);
    setItems(outcomes);
  }

  return (
    <form
      className="upload-form"
      aria-label="Upload article files"
      onSubmit={(event) => {
        event.preventDefault();
        const files = new FormData(event.currentTarget).getAll('files').filter((f): f is File => f instanceof File && f.name !== '');
        if (files.length > 0) void upload(files);
      }}
    >
      <label htmlFor="ingest-files">Files</label>
      <input id="ingest-files" name="files" type="file" multiple accept=".txt,.md,.html,.htm,.json,.jsonl" required />
      <button type="submit" disabled={progress !== null}>Upload and add</button>
      {progress && (
        <p role="status" className="upload-progress">
          <progress value={progress.done} max={progress.total} /> {progress.done + 1} of {progress.total}: {progress.current}
        </p>
      )}
      {items && <BatchReport items={items} />}
    </form>
  );
}
