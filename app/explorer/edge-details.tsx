'use client';

import Link from 'next/link';
import type { EntityDetail } from '@/lib/graph/types';
import { EvidenceText } from './evidence-text';
import { EntityLink } from './entity-link';
import { TimelineLink } from './timeline-link';

type Props = { edgeId: string; entity: EntityDetail; onFocus: (id: string) => void };

/** One edge: its type, both ends, every evidence sentence and the articles it was drawn from. */
export function EdgeDetails({ edgeId, entity, onFocus }: Props) {
  const relation = entity.relations.find((r) => r.id === edgeId);
  if (!relation) return <p role="alert">This relation is no longer in the graph; it may have been removed by a re-ingest.</p>;
  const [from, to] = relation.direction === 'out' ? [entity, relation.other] : [relation.other, entity];
  const terms = [entity.name, ...entity.aliases, relation.other.name, ...relation.other.aliases];
  const articles = entity.articles.filter((a) => relation.articleIds.includes(a.id));
  return (
    <article>
      <h2>
        <code>{relation.type}</code>
      </h2>
      <p>
        <EntityLink id={from.id} onFocus={onFocus}>
          {from.name}
        </EntityLink>{' '}
        →{' '}
        <EntityLink id={to.id} onFocus={onFocus}>
          {to.name}
        </EntityLink>
        <span className="muted"> (confidence {relation.confidence.toFixed(2)})</span> ·{' '}
        <TimelineLink query={{ from: from.id, to: to.id, type: relation.type }} label={`Timeline of ${relation.type} between ${from.name} and ${to.name}`} />
      </p>
      <h3>Evidence ({relation.evidence.length})</h3>
      {relation.evidence.length === 0 ? (
        <p className="muted">No sentence was recorded for this relation.</p>
      ) : (
        relation.evidence.map((ev, i) => <EvidenceText key={i} evidence={ev} terms={terms} />)
      )}
      <h3>Articles ({articles.length})</h3>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`}>{a.title}</Link> <span className="muted">({a.publishedAt ?? 'date unknown'})</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
