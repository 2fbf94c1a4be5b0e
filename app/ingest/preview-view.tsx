'use client';

import { useState } from 'react';
import type { Preview } from '@/lib/ingest';
import type { Overrides } from '@/lib/ingest/types';
import type { EntityType } from '@/lib/model';
import { HighlightedText } from './highlighted-text';
import { EntityTable } from './entity-table';
import { RelationList } from './relation-list';

type Props = { preview: Preview; pending: boolean; error: string | null; onCommit: (overrides: Overrides) => void; onCancel: () => void };

const toggle = <T,>(set: Set<T>, value: T) => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

/** What committing will store; the user can untick entities and relations or give an entity another type. */
export function PreviewView({ preview, pending, error, onCommit, onCancel }: Props) {
  const [excludedEntities, setExcludedEntities] = useState<Set<string>>(new Set());
  const [excludedRelations, setExcludedRelations] = useState<Set<number>>(new Set());
  const [types, setTypes] = useState<Record<string, EntityType>>({});
  const { article } = preview;
  const merging = preview.entities.filter((e) => e.decision.kind === 'existing').length;

  return (
    <div className="preview">
      <p className="preview-summary" role="status">
        <strong>{article.title}</strong> · {article.language === 'fr' ? 'French' : 'English'} · {article.publishedAt ?? 'date unknown'} · {article.source} —{' '}
        {preview.entities.length} entities ({preview.entities.length - merging} new, {merging} already in the graph), {preview.relations.length} relations.
      </p>
      {preview.alreadyInGraph && <p className="notice">This exact text is already in the graph (“{preview.alreadyInGraph.title}”): committing changes nothing.</p>}
      {preview.replacesVersion && <p className="notice">An earlier version of this URL is in the graph: committing replaces its mentions and evidence.</p>}
      <h3>Text</h3>
      <HighlightedText text={article.text} entities={preview.entities.filter((e) => !excludedEntities.has(e.key))} types={types} />
      <h3>Entities</h3>
      <EntityTable
        entities={preview.entities}
        excluded={excludedEntities}
        types={types}
        onToggle={(key) => setExcludedEntities((s) => toggle(s, key))}
        onRetype={(key, type) => setTypes((t) => ({ ...t, [key]: type }))}
      />
      <h3>Relations</h3>
      <RelationList relations={preview.relations} excluded={excludedRelations} excludedEntities={excludedEntities} onToggle={(i) => setExcludedRelations((s) => toggle(s, i))} />
      <div className="preview-actions">
        <button
          type="button"
          className="primary"
          disabled={pending}
          onClick={() => onCommit({ excludeEntities: [...excludedEntities], excludeRelations: [...excludedRelations], types })}
        >
          {pending ? 'Adding…' : 'Add to the graph'}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          Back
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
