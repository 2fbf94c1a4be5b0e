'use client';

import { useState } from 'react';
import type { PreviewEntity } from '@/lib/ingest';
import type { Corrections } from '@/lib/ingest/corrections';
import { addRelation } from '@/lib/ingest/correction-edits';
import { fitsVocabulary } from '@/lib/extract/relations/vocabulary';
import { splitSentences } from '@/lib/extract/sentences';
import { RELATION_TYPES, type Language, type Span } from '@/lib/model';

type Props = { text: string; language: Language; entities: PreviewEntity[]; corrections: Corrections; selection: Span; pending: boolean; onAdd: (next: Corrections) => void };

/** A relation the extractor missed, between two entities, with the sentence of the selection as its evidence. */
export function AddRelationForm({ text, language, entities, corrections, selection, pending, onAdd }: Props) {
  const sentence = splitSentences(text, language).find((s) => s.start <= selection.start && selection.start < s.end);
  const [source, setSource] = useState(entities[0]?.key ?? '');
  const [target, setTarget] = useState(entities[1]?.key ?? '');
  const typeOf = (key: string) => entities.find((e) => e.key === key)?.type;
  const [from, to] = [typeOf(source), typeOf(target)];
  const types = from && to && source !== target ? RELATION_TYPES.filter((t) => fitsVocabulary(t, from, to)) : [];
  const [chosen, setChosen] = useState('');
  const type = types.includes(chosen) ? chosen : (types.find((t) => t !== 'CO_MENTIONED') ?? types[0] ?? '');
  if (!sentence || entities.length < 2) return null;
  const pick = (value: string, set: (key: string) => void, label: string) => (
    <select value={value} aria-label={label} onChange={(e) => set(e.target.value)}>
      {entities.map((e) => (
        <option key={e.key} value={e.key}>
          {e.name}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset>
      <legend>Add a relation with this sentence as evidence</legend>
      <blockquote className="evidence">{sentence.text}</blockquote>
      From {pick(source, setSource, 'From entity')}{' '}
      <label>
        Relation{' '}
        <select value={type} aria-label="Relation type" onChange={(e) => setChosen(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>{' '}
      to {pick(target, setTarget, 'To entity')}{' '}
      <button
        type="button"
        disabled={pending || !type}
        onClick={() => onAdd(addRelation(corrections, { source, target, type, evidence: { start: sentence.start, end: sentence.end } }))}
      >
        Add the relation
      </button>
    </fieldset>
  );
}
