'use client';

import { useState } from 'react';
import type { Preview } from '@/lib/ingest';
import type { Corrections } from '@/lib/ingest/corrections';
import { countCorrections } from '@/lib/ingest/corrections';
import * as edit from '@/lib/ingest/correction-edits';
import type { Span } from '@/lib/model';
import { HighlightedText } from './highlighted-text';
import { EntityTable } from './entity-table';
import { RelationList } from './relation-list';
import { SelectionTools } from './selection-tools';
import { EntityEditor } from './entity-editor';

type Props = {
  preview: Preview;
  corrections: Corrections;
  pending: boolean;
  error: string | null;
  onCorrect: (corrections: Corrections) => void;
  onCommit: () => void;
  onBack: () => void;
};

/**
 * What committing will store, and every correction the user makes to it. Each correction goes to the server, which
 * applies it to the extraction and answers with the new preview: the page never guesses what the server will store.
 */
export function PreviewView({ preview, corrections, pending, error, onCorrect, onCommit, onBack }: Props) {
  const [selection, setSelection] = useState<Span | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { article } = preview;
  const dropped = new Set(corrections.droppedEntities);
  const kept = preview.entities.filter((e) => !dropped.has(e.key));
  const merging = preview.entities.filter((e) => e.decision.kind === 'existing').length;
  const editedEntity = preview.entities.find((e) => e.key === editing);
  const n = countCorrections(corrections);

  return (
    <div className="preview">
      <p className="preview-summary" role="status">
        <strong>{article.title}</strong> · {article.language === 'fr' ? 'French' : 'English'} · {article.publishedAt ?? 'date unknown'} · {article.source} —{' '}
        {preview.entities.length} entities ({preview.entities.length - merging} new, {merging} already in the graph), {preview.relations.length} relations
        {n > 0 ? `, ${n} correction${n === 1 ? '' : 's'}` : ''}.{pending ? ' Updating…' : ''}
      </p>
      {preview.storedCorrections === 'applied' && <p className="notice">The corrections saved with this text when it was ingested before are applied again.</p>}
      {preview.storedCorrections === 'dropped' && (
        <p className="notice">Corrections were saved with this text, but no longer fit what the extractor reads now; they are not applied.</p>
      )}
      {preview.alreadyInGraph && (
        <p className="notice">This exact text is already in the graph (“{preview.alreadyInGraph.title}”): committing changes nothing unless you change its corrections.</p>
      )}
      {preview.replacesVersion && <p className="notice">An earlier version of this URL is in the graph: committing replaces its mentions and evidence.</p>}
      <h3>Text</h3>
      <HighlightedText text={article.text} entities={kept} selection={selection} onSelect={setSelection} />
      <SelectionTools
        text={article.text}
        language={article.language}
        entities={kept}
        corrections={corrections}
        selection={selection}
        pending={pending}
        onSelect={setSelection}
        onChange={onCorrect}
      />
      <h3>Entities</h3>
      <EntityTable
        entities={preview.entities}
        dropped={dropped}
        pending={pending}
        onToggle={(key) => onCorrect(edit.toggleEntity(corrections, key))}
        onRetype={(key, type) => onCorrect(edit.editEntity(corrections, key, { type }))}
        onEdit={setEditing}
        onRemove={(key) => onCorrect(edit.removeAdded(corrections, key))}
      />
      {editedEntity && (
        <EntityEditor
          key={editedEntity.key}
          entity={editedEntity}
          entities={kept}
          corrections={corrections}
          pending={pending}
          onChange={onCorrect}
          onClose={() => setEditing(null)}
        />
      )}
      <h3>Relations</h3>
      <RelationList
        relations={preview.relations}
        entities={preview.entities}
        dropped={new Set(corrections.droppedRelations)}
        droppedEntities={dropped}
        pending={pending}
        onToggle={(index) => onCorrect(edit.toggleRelation(corrections, index))}
        onRetype={(r, type, reversed) =>
          onCorrect(edit.retypeRelation(corrections, r.index!, type, reversed !== (corrections.retypedRelations.find((x) => x.index === r.index)?.reversed ?? false), ''))
        }
        onRemoveAdded={(i) => onCorrect(edit.removeAddedRelation(corrections, i))}
      />
      <div className="preview-actions">
        <button type="button" className="primary" disabled={pending} onClick={onCommit}>
          {pending ? 'Working…' : 'Add to the graph'}
        </button>
        <button type="button" onClick={onBack} disabled={pending}>
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
