'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { groupBy } from '@/lib/group-by';
import type { EntityDetail, RelationDetail } from '@/lib/graph/types';
import { TypeBadge } from './type-badge';
import { EvidenceText } from './evidence-text';
import { EntityLink } from './entity-link';
import { TimelineLink } from './timeline-link';

type Props = { entity: EntityDetail; onFocus: (id: string) => void; tools: ReactNode };

/** An entity: name, type, aliases, the articles that mention it, and its relations with their evidence. */
export function EntityDetails({ entity, onFocus, tools }: Props) {
  const groups = groupBy(entity.relations, (r) => r.type);
  return (
    <article>
      <h2>{entity.name}</h2>
      <p>
        <TypeBadge type={entity.type} /> {/* Wrong name, type, a duplicate or a false merge: the fix is one click away. */}
        <Link href={`/entities/${encodeURIComponent(entity.id)}/curate`} aria-label={`Curate ${entity.name}: rename, change type, merge or split`}>
          Curate
        </Link>{' '}
        · <TimelineLink query={{ entity: entity.id }} label={`Timeline of ${entity.name}: mentions and evidence by date`} />
        {entity.type === 'Location' && (
          <>
            {' · '}
            <Link href={`/map?focus=${encodeURIComponent(entity.id)}`}>On the map</Link>
          </>
        )}
      </p>
      {entity.aliases.length > 0 && <p className="aliases">Also known as: {entity.aliases.join(' · ')}</p>}
      {tools}
      <h3>Articles ({entity.articles.length})</h3>
      <ul>
        {entity.articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`}>{a.title}</Link>{' '}
            <span className="muted">
              ({a.publishedAt ?? 'date unknown'}, {a.mentionCount} mention{a.mentionCount === 1 ? '' : 's'})
            </span>
          </li>
        ))}
      </ul>
      <h3>Relations ({entity.relations.length})</h3>
      {[...groups].map(([type, relations]) => (
        <section key={type} aria-label={type}>
          <h4>{type}</h4>
          <ul>
            {relations.map((r) => (
              <RelationItem key={r.id} relation={r} entity={entity} onFocus={onFocus} />
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function RelationItem({ relation, entity, onFocus }: { relation: RelationDetail; entity: EntityDetail; onFocus: (id: string) => void }) {
  const terms = [entity.name, ...entity.aliases, relation.other.name, ...relation.other.aliases];
  return (
    <li>
      {relation.direction === 'in' ? '← ' : '→ '}
      <EntityLink id={relation.other.id} onFocus={onFocus}>
        {relation.other.name}
      </EntityLink>{' '}
      <span className="muted">
        ({relation.other.type}, confidence {relation.confidence.toFixed(2)})
      </span>
      {relation.evidence.map((ev, i) => (
        <EvidenceText key={i} evidence={ev} terms={terms} />
      ))}
    </li>
  );
}
