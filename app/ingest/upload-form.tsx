'use client';

import { useState } from 'react';
import { ingestUpload } from '@/app/actions/ingest';
import type { ItemOutcome } from '@/lib/ingest';
import { BatchReport } from './batch-report';
import { tooLargeToSend } from '@/lib/limits';


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
      const tooLarge = tooLargeToSend(file.name, file.size);
      if (tooLarge) {
        outcomes.push({ file: file.name, title: file.name, status: 'failed', message: tooLarge });
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
