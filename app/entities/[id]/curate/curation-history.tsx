'use client';

import { useActionState } from 'react';
import { curateEntity } from '@/app/actions/curation';
import type { CurationEvent } from '@/lib/curation';
import { CurationMessage } from './curation-message';

/** The curations that touched this entity, newest first, each with an Undo button until it is undone. */
export function CurationHistory({ events }: { events: CurationEvent[] }) {
  const [state, action, pending] = useActionState(curateEntity, null);
  return (
    <section aria-labelledby="history-heading" className="ingest-section">
      <h2 id="history-heading">History</h2>
      <CurationMessage state={state} />
      {events.length === 0 ? (
        <p className="muted">No curation has touched this entity yet.</p>
      ) : (
        <ul className="curate-events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
              <span>{e.summary}</span>
              {e.action === 'ingest-correction' ? (
                <span className="muted">at ingest</span>
              ) : e.undoneAt ? (
                <span className="muted">undone</span>
              ) : (
                <form action={action}>
                  <input type="hidden" name="eventId" value={e.id} />
                  <input type="hidden" name="intent" value="undo" />
                  <button type="submit" disabled={pending} aria-label={`Undo: ${e.summary}`}>
                    Undo
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
