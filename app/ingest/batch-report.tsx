import Link from 'next/link';
import type { ItemOutcome } from '@/lib/ingest';

/** The final report of a batch: counts, then every item with what happened to it and why. */
export function BatchReport({ items }: { items: ItemOutcome[] }) {
  const count = (status: ItemOutcome['status']) => items.filter((i) => i.status === status).length;
  return (
    <div className="batch-report" role="status">
      <p>
        <strong>{count('added')} added</strong>, {count('updated')} updated, {count('unchanged')} unchanged, <strong className={count('failed') > 0 ? 'error' : undefined}>{count('failed')} failed</strong>.
      </p>
      <table className="entity-table">
        <thead><tr><th scope="col">File</th><th scope="col">Article</th><th scope="col">Result</th></tr></thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <td>{item.file}</td>
              <td>{item.articleId ? <Link href={`/articles/${encodeURIComponent(item.articleId)}`}>{item.title}</Link> : item.title}</td>
              <td className={item.status === 'failed' ? 'error' : undefined}>{item.status}{item.status === 'failed' ? `: ${item.message}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
