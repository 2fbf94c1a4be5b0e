import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { ENTITY_TYPES, type EntityType } from '@/lib/model';

type Props = { counts: Partial<Record<EntityType, number>>; hidden: EntityType[]; onToggle: (type: EntityType) => void };

/** Entity types with their colour and count; each entry is a button that hides or shows that type. */
export function Legend({ counts, hidden, onToggle }: Props) {
  return (
    <ul className="legend" aria-label="Legend: entity types">
      {ENTITY_TYPES.filter((type) => counts[type]).map((type) => {
        const shown = !hidden.includes(type);
        return (
          <li key={type}>
            <button
              type="button"
              className={`legend-entry${shown ? '' : ' legend-off'}`}
              aria-pressed={shown}
              title={shown ? `Hide every ${ENTITY_STYLE[type].label}` : `Show ${ENTITY_STYLE[type].label} again`}
              onClick={() => onToggle(type)}
            >
              <span className="swatch" style={{ background: ENTITY_STYLE[type].color }} aria-hidden="true" />
              {ENTITY_STYLE[type].label} ({counts[type]})
            </button>
          </li>
        );
      })}
    </ul>
  );
}
