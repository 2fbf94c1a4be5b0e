'use client';

import Link from 'next/link';
import type { ItemOutcome } from '@/lib/ingest/batch';
import { formatDuration } from '@/lib/ingest/progress';
import { toReportCsv } from '@/lib/ingest/report-csv';

type Props = { items: ItemOutcome[]; total?: number; cancelled?: boolean; elapsedMs?: number };

/** The final report of a batch: counts, then every record with its line, what happened to it and why; also as CSV. */
export function BatchReport({ items, total = items.length, cancelled = false, elapsedMs }: Props) {
  const count = (status: ItemOutcome['status']) => items.filter((i) => i.status === status).length;
  return (
    <div className="batch-report" role="status">
      {cancelled && (
        <p className="notice">
          Cancelled after {items.length} of {total} records. Upload the same files again to resume: what is already in is skipped.
        </p>
      )}
      <p>
        <strong>{count('added')} added</strong>, {count('updated')} updated, {count('unchanged')} skipped (already in),{' '}
        <strong className={count('failed') > 0 ? 'error' : undefined}>{count('failed')} failed</strong>
        {elapsedMs !== undefined && <span className="muted"> · in {formatDuration(elapsedMs)}</span>}.{' '}
        <button type="button" onClick={() => download(items)}>
          Download report (CSV)
        </button>
      </p>
      <table className="entity-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Line</th>
            <th scope="col">Article</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} data-status={item.status}>
              <td>{item.file}</td>
              <td>{item.line ?? ''}</td>
              <td>{item.articleId ? <Link href={`/articles/${encodeURIComponent(item.articleId)}`}>{item.title}</Link> : item.title}</td>
              <td className={item.status === 'failed' ? 'error' : undefined}>
                {item.status === 'unchanged' ? 'skipped (already in)' : item.status}
                {item.status === 'failed' ? `: ${item.message}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function download(items: ItemOutcome[]) {
  const url = URL.createObjectURL(new Blob([toReportCsv(items)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'ingest-report.csv';
  link.click();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
