'use client';

import { useState } from 'react';
import type { PreviewEntity } from '@/lib/ingest';
import type { Corrections } from '@/lib/ingest/corrections';
import { editEntity, linkEntity, mergeEntity } from '@/lib/ingest/correction-edits';
import { StoredEntitySearch } from './stored-entity-search';

type Props = { entity: PreviewEntity; entities: PreviewEntity[]; corrections: Corrections; pending: boolean; onChange: (next: Corrections) => void; onClose: () => void };

/** Rename one preview entity, merge it into another, or link it to a stored entity found by search. */
export function EntityEditor({ entity, entities, corrections, pending, onChange, onClose }: Props) {
  const [name, setName] = useState(entity.name);
  const others = entities.filter((e) => e.key !== entity.key);
  const [into, setInto] = useState(others[0]?.key ?? '');
  const link = corrections.links.find((l) => l.key === entity.key);
  return (
    <section className="entity-editor" aria-labelledby="entity-editor-heading">
      <h4 id="entity-editor-heading">Correct “{entity.name}”</h4>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onChange(editEntity(corrections, entity.key, { name: name.trim() }));
        }}
      >
        <label>
          New name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={300} required />
        </label>{' '}
        <button type="submit" disabled={pending || name.trim() === entity.name}>
          Rename
        </button>
      </form>
      {others.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onChange(mergeEntity(corrections, entity.key, into));
            onClose();
          }}
        >
          <label>
            Merge into{' '}
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              {others.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={pending}>
            Merge
          </button>
        </form>
      )}
      {link ? (
        <p>
          Linked to the stored “{link.name}”.{' '}
          <button type="button" disabled={pending} onClick={() => onChange(linkEntity(corrections, entity.key, null))}>
            Unlink
          </button>
        </p>
      ) : (
        <StoredEntitySearch initial={entity.name} disabled={pending} onPick={(stored) => onChange(linkEntity(corrections, entity.key, stored))} />
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
