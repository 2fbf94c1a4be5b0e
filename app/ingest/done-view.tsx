import Link from 'next/link';
import type { IngestResult } from '@/lib/ingest';
import { TypeBadge } from '@/app/explorer/type-badge';

/** After a commit: what happened, and links to the article and to each entity in the explorer. */
export function DoneView({ result, onAnother }: { result: IngestResult; onAnother: () => void }) {
  return (
    <div className="done">
      <p role="status" className={result.status === 'unchanged' ? 'notice' : 'success'}>
        {result.message}
      </p>
      <p>
        <Link href={`/articles/${encodeURIComponent(result.articleId)}`}>Read “{result.title}” with its mentions marked</Link>
      </p>
      {result.entities.length > 0 && (
        <>
          <h3>Its entities in the explorer</h3>
          <ul className="done-entities">
            {result.entities.map((e) => (
              <li key={e.id}>
                <TypeBadge type={e.type} /> <Link href={`/?focus=${encodeURIComponent(e.id)}`}>{e.name}</Link>
                {e.merged && <span className="muted"> (already in the graph)</span>}
                {' · '}
                <Link href={`/entities/${encodeURIComponent(e.id)}/curate`} className="muted">
                  curate
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onAnother}>
        Add another article
      </button>
    </div>
  );
}
