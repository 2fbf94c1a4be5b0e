import type { EntityType } from '@/lib/model';
import { TypeOptions } from '@/app/type-options';

type Props = { label: string; value: EntityType; onChange: (type: EntityType) => void; disabled?: boolean; 'aria-label'?: string };

/** A labelled select of the entity types; with an empty label (a table cell), aria-label names it instead. */
export function TypeSelect({ label, value, onChange, disabled, 'aria-label': ariaLabel }: Props) {
  const select = (
    <select value={value} disabled={disabled} aria-label={ariaLabel} onChange={(event) => onChange(event.target.value as EntityType)}>
      <TypeOptions />
    </select>
  );
  if (!label) return select;
  return (
    <label>
      {label} {select}
    </label>
  );
}
