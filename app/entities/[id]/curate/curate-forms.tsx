'use client';

import { useActionState } from 'react';
import { curateEntity } from '@/app/actions/curation';
import type { EntityType } from '@/lib/model';
import { TypeOptions } from '@/app/type-options';
import { CurationMessage } from './curation-message';
import { MergeForm } from './merge-form';

type Props = { entity: { id: string; name: string; type: EntityType; aliases: string[] } };

/** Rename, change type, merge into another entity, split an alias off. Each is recorded and can be undone. */
export function CurateForms({ entity }: Props) {
  const [state, action, pending] = useActionState(curateEntity, null);
  const hidden = <input type="hidden" name="entityId" value={entity.id} />;
  return (
    <>
      <CurationMessage state={state} />
      <div className="curate-grid">
        <form action={action} className="ingest-section curate-form" aria-labelledby="rename-heading">
          <h2 id="rename-heading">Rename</h2>
          {hidden}
          <label>
            New name <input name="name" defaultValue={entity.name} required />
          </label>
          <input type="hidden" name="intent" value="rename" />
          <button type="submit" disabled={pending}>
            Rename
          </button>
        </form>
        <form action={action} className="ingest-section curate-form" aria-labelledby="retype-heading">
          <h2 id="retype-heading">Change type</h2>
          {hidden}
          <label>
            Type
            <select name="type" defaultValue={entity.type}>
              <TypeOptions />
            </select>
          </label>
          <input type="hidden" name="intent" value="retype" />
          <button type="submit" disabled={pending}>
            Change type
          </button>
        </form>
        <MergeForm entity={entity} action={action} pending={pending} />
        <form action={action} className="ingest-section curate-form" aria-labelledby="split-heading">
          <h2 id="split-heading">Split an alias off</h2>
          {hidden}
          {entity.aliases.length === 0 ? (
            <p className="muted">{entity.name} has no aliases to split off.</p>
          ) : (
            <>
              <label>
                Alias
                <select name="alias" required>
                  {entity.aliases.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Type of the new entity
                <select name="type" defaultValue="">
                  <TypeOptions any={`Same as ${entity.name}`} />
                </select>
              </label>
              <input type="hidden" name="intent" value="split" />
              <button type="submit" disabled={pending}>
                Split off
              </button>
            </>
          )}
        </form>
      </div>
    </>
  );
}
