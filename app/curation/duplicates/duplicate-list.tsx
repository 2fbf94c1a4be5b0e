'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { resolveDuplicate } from '@/app/actions/duplicates';
import { CurationMessage } from '@/app/entities/[id]/curate/curation-message';
import { TypeBadge } from '@/app/explorer/type-badge';
import type { Dismissal, DuplicatePair } from '@/lib/curation';
import type { EntityType } from '@/lib/model';

type Props = { pairs: DuplicatePair[]; dismissals: Dismissal[] };

const curateHref = (id: string) => `/entities/${encodeURIComponent(id)}/curate`;

/** The candidate pairs with their score and reasons, each with merge (either way) and dismiss; then recent dismissals. */
export function DuplicateList({ pairs, dismissals }: Props) {
  const [state, action, pending] = useActionState(resolveDuplicate, null);
  const button = (intent: string, label: string, fields: Record<string, string>, describedBy?: string) => (
    <form action={action}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-describedby={describedBy}>
        {label}
      </button>
    </form>
  );
  return (
    <>
      <CurationMessage state={state} />
      <p role="status" className="muted">
        {pairs.length === 0
          ? 'No likely duplicates: every pair found is dismissed or nothing looks alike.'
          : `${pairs.length} likely duplicate pair${pairs.length === 1 ? '' : 's'}, best first.`}
      </p>
      <ul className="duplicate-list">
        {pairs.map((p) => {
          const id = `pair-${p.a.id}-${p.b.id}`;
          return (
            <li key={id} className="duplicate-pair" aria-labelledby={id} data-ids={`${p.a.id} ${p.b.id}`}>
              <h2 id={id}>
                <Link href={curateHref(p.a.id)}>{p.a.name}</Link> <span aria-hidden="true">≈</span>
                <span className="visually-hidden">and</span> <Link href={curateHref(p.b.id)}>{p.b.name}</Link> <TypeBadge type={p.a.type as EntityType} />
                <span className="duplicate-score">score {p.score.toFixed(2)}</span>
              </h2>
              <p className="muted">
                <code>{p.a.id}</code> ({p.a.articleCount} article{p.a.articleCount === 1 ? '' : 's'}) · <code>{p.b.id}</code> ({p.b.articleCount} article
                {p.b.articleCount === 1 ? '' : 's'})
              </p>
              <ul className="duplicate-reasons" aria-label="Why">
                {p.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <div className="duplicate-actions" role="group" aria-label={`Choices for ${p.a.name} and ${p.b.name}`}>
                {button('merge', `Merge “${p.b.name}” into “${p.a.name}”`, { sourceId: p.b.id, targetId: p.a.id })}
                {button('merge', `Merge “${p.a.name}” into “${p.b.name}”`, { sourceId: p.a.id, targetId: p.b.id })}
                {button('dismiss', 'Not duplicates', { a: p.a.id, b: p.b.id }, id)}
              </div>
            </li>
          );
        })}
      </ul>
      {dismissals.length > 0 && (
        <section aria-labelledby="dismissed-heading" className="ingest-section">
          <h2 id="dismissed-heading">Dismissed recently</h2>
          <ul className="curate-events">
            {dismissals.map((d) => (
              <li key={d.key}>
                <span>
                  {d.names.join(' and ')} <span className="muted">({d.key.replace('|', ', ')})</span>
                </span>
                {button('restore', 'Propose again', { key: d.key }, undefined)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
