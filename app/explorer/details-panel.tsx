'use client';

import Link from 'next/link';
import { groupBy } from '@/lib/group-by';
import type { EntityDetail, RelationDetail } from '@/lib/graph/types';
import { TypeBadge } from './type-badge';
import { EvidenceText } from './evidence-text';
import { useEntity } from './use-entity';

type Props = { entityId: string | null; onFocus: (id: string) => void };

export function DetailsPanel({ entityId, onFocus }: Props) {
  const state = useEntity(entityId);
  return (
    <aside className="panel" aria-label="Details" aria-live="polite">
      {state.status === 'idle' && <p className="muted">Click a node, or search, to see who or what it is, where it is mentioned and why each edge is there.</p>}
      {state.status === 'loading' && <p role="status">Loading {state.id}…</p>}
      {state.status === 'error' && <p role="alert">Could not load {state.id}: {state.message}</p>}
      {state.status === 'ready' && <EntityDetails entity={state.entity} onFocus={onFocus} />}
    </aside>
  );
}

function EntityDetails({ entity, onFocus }: { entity: EntityDetail; onFocus: (id: string) => void }) {
  const groups = groupBy(entity.relations, (r) => r.type);
  return (
    <article>
      <h2>{entity.name}</h2>
      <p><TypeBadge type={entity.type} /></p>
      {entity.aliases.length > 0 && <p className="aliases">Also known as: {entity.aliases.join(' · ')}</p>}
      <h3>Articles ({entity.articles.length})</h3>
      <ul>
        {entity.articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`}>{a.title}</Link> <span className="muted">({a.publishedAt}, {a.mentionCount} mention{a.mentionCount === 1 ? '' : 's'})</span>
          </li>
        ))}
      </ul>
      <h3>Relations ({entity.relations.length})</h3>
      {[...groups].map(([type, relations]) => (
        <section key={type} aria-label={type}>
          <h4>{type}</h4>
          <ul>{relations.map((r) => <RelationItem key={r.id} relation={r} entity={entity} onFocus={onFocus} />)}</ul>
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
      <a
        href={`/?focus=${encodeURIComponent(relation.other.id)}`}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          onFocus(relation.other.id);
        }}
      >
        {relation.other.name}
      </a>{' '}
      <span className="muted">({relation.other.type}, confidence {relation.confidence.toFixed(2)})</span>
      {relation.evidence.map((ev, i) => <EvidenceText key={i} evidence={ev} terms={terms} />)}
    </li>
  );
}
