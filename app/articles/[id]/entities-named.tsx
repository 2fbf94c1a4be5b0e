import Link from 'next/link';
import type { ArticleMention } from '@/lib/graph/articles';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';

/** Each entity the article names once, with the way to see it in the explorer or fix it (rename, merge, split). */
export function EntitiesNamed({ mentions }: { mentions: ArticleMention[] }) {
  const entities = [...new Map(mentions.map((m) => [m.entityId, m])).values()].sort((a, b) => a.name.localeCompare(b.name));
  if (entities.length === 0) return null;
  return (
    <section aria-labelledby="entities-named-heading">
      <h2 id="entities-named-heading">Entities named in this article ({entities.length})</h2>
      <ul className="entities-named">
        {entities.map((e) => (
          <li key={e.entityId}>
            <Link href={`/?focus=${encodeURIComponent(e.entityId)}`}>{e.name}</Link> <span className="muted">{ENTITY_STYLE[e.type].label}</span> ·{' '}
            <Link href={`/entities/${encodeURIComponent(e.entityId)}/curate`} aria-label={`Curate ${e.name}`}>
              curate
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
