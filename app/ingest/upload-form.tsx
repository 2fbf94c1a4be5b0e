'use client';

import { useReducer, useRef } from 'react';
import { BatchReport } from './batch-report';
import { planUpload } from './upload-plan';
import { UploadProgress } from './upload-progress';
import { INITIAL_UPLOAD, reduceUpload } from './upload-state';

/**
 * Uploads files and JSONL records in small requests, in order, so the page shows per-record progress and one bad
 * record or file never stops the others. Cancel stops after the request in flight; uploading the same files again
 * resumes, because what is already in the graph comes back "unchanged" and is counted as skipped.
 */
export function UploadForm() {
  const [state, dispatch] = useReducer(reduceUpload, INITIAL_UPLOAD);
  const stop = useRef(false);
  const busy = state.phase === 'reading' || state.phase === 'running';

  async function upload(files: File[]) {
    stop.current = false;
    dispatch({ type: 'reading' });
    const steps = await planUpload(files);
    dispatch({ type: 'start', total: steps.reduce((n, s) => n + s.records, 0), now: Date.now() });
    for (const step of steps) {
      if (stop.current) break;
      dispatch({ type: 'sending', file: step.file });
      dispatch({ type: 'outcomes', outcomes: await step.run(), expected: step.records, now: Date.now() });
    }
    dispatch({ type: 'finish', now: Date.now() });
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
      <div className="upload-actions">
        <button type="submit" disabled={busy}>
          Upload and add
        </button>
        {state.phase === 'running' && (
          <button
            type="button"
            disabled={state.cancelling}
            onClick={() => {
              stop.current = true;
              dispatch({ type: 'cancel' });
            }}
          >
            {state.cancelling ? 'Stopping after this batch…' : 'Cancel'}
          </button>
        )}
      </div>
      {busy && <UploadProgress state={state} />}
      {state.phase === 'done' && <BatchReport items={state.items} total={state.total} cancelled={state.cancelled} elapsedMs={state.elapsedMs} />}
    </form>
  );
}
