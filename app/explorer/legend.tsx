import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { ENTITY_TYPES, type EntityType } from '@/lib/model';

/** Entity types with their colour and how many of each are on screen. */
export function Legend({ counts }: { counts: Partial<Record<EntityType, number>> }) {
  return (
    <ul className="legend" aria-label="Legend: entity types">
      {ENTITY_TYPES.filter((type) => counts[type]).map((type) => (
        <li key={type}>
          <span className="swatch" style={{ background: ENTITY_STYLE[type].color }} aria-hidden="true" />
          {ENTITY_STYLE[type].label} ({counts[type]})
        </li>
      ))}
    </ul>
  );
}
