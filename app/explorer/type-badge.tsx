import { badgeColors, ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { EntityType } from '@/lib/model';

export function TypeBadge({ type }: { type: EntityType }) {
  return (
    <span className="type-badge" style={badgeColors(type)}>
      {ENTITY_STYLE[type].label}
    </span>
  );
}
