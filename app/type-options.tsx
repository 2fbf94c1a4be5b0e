import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { ENTITY_TYPES } from '@/lib/model';

/**
 * The <option>s of an entity-type <select>, named as the legend names them; `any` adds a first, empty choice
 * ("Every type"). One list for every form (ingest preview, curation, duplicates), so their names never drift apart.
 */
export function TypeOptions({ any }: { any?: string }) {
  return (
    <>
      {any ? <option value="">{any}</option> : null}
      {ENTITY_TYPES.map((t) => (
        <option key={t} value={t}>
          {ENTITY_STYLE[t].label}
        </option>
      ))}
    </>
  );
}
