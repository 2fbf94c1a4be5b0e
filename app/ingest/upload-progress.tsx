import { describeProgress, progressFigures } from '@/lib/ingest/progress';
import type { UploadState } from './upload-state';

/** "n of N records · rate · time left" with a bar, read out politely by screen readers. */
export function UploadProgress({ state }: { state: UploadState }) {
  if (state.phase === 'reading')
    return (
      <p role="status" className="upload-progress">
        Reading the files…
      </p>
    );
  const done = state.items.length;
  const failed = state.items.filter((i) => i.status === 'failed').length;
  const skipped = state.items.filter((i) => i.status === 'unchanged').length;
  return (
    <div role="status" className="upload-progress" aria-live="polite">
      <progress value={done} max={Math.max(1, state.total)} aria-label="Records done" />
      <span className="upload-progress-text">{describeProgress(progressFigures(done, state.total, state.elapsedMs))}</span>
      <span className="muted">
        {skipped > 0 && `${skipped} skipped (already in) · `}
        {failed > 0 && `${failed} failed · `}
        {state.current}
      </span>
    </div>
  );
}
