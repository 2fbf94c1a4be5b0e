'use client';

import { useEffect, useState } from 'react';
import { suggestType } from '@/app/actions/ingest';
import type { PreviewEntity } from '@/lib/ingest';
import { NO_CORRECTIONS, type Corrections } from '@/lib/ingest/corrections';
import { addEntity, commonForm, findOccurrences, fixSpan } from '@/lib/ingest/correction-edits';
import type { EntityType, Language, Span } from '@/lib/model';
import { TypeSelect } from './type-select';
import { FindText } from './find-text';
import { AddRelationForm } from './add-relation-form';

type Props = {
  text: string;
  language: Language;
  entities: PreviewEntity[];
  corrections: Corrections;
  selection: Span | null;
  pending: boolean;
  onSelect: (span: Span | null) => void;
  onChange: (corrections: Corrections) => void;
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The type the server suggests for a name (gazetteer, graph, head noun, rule), with its reason. */
function useSuggestion(name: string, language: Language): { type: EntityType; reason: string } | null {
  const [suggestion, setSuggestion] = useState<{ name: string; type: EntityType; reason: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (name.trim() === '') return;
    suggestType({ text: name, language }).then(
      (r) => live && r.ok && setSuggestion({ name, ...r.value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [name, language]);
  return suggestion?.name === name ? suggestion : null;
}

/** What the user can do with the text they selected: fix an entity's span, add an entity, add a relation. */
export function SelectionTools(props: Props) {
  const { text, selection, onSelect } = props;
  return (
    <section className="selection-tools" aria-labelledby="selection-heading">
      <h4 id="selection-heading">Correct with selected text</h4>
      <FindText text={text} onSelect={onSelect} />
      {selection ? (
        <>
          <p role="status" className="selected-text">
            Selected: “<strong>{selection.text}</strong>” (characters {selection.start}–{selection.end}){' '}
            <button type="button" onClick={() => onSelect(null)}>
              Clear the selection
            </button>
          </p>
          <SelectionForms key={`${selection.start}-${selection.end}`} {...props} selection={selection} />
        </>
      ) : (
        <p className="muted">Select text in the article above (drag with the mouse, or type it in Find) to fix an entity’s span, add an entity or add a relation.</p>
      )}
    </section>
  );
}

function SelectionForms({ text, language, entities, corrections, selection, pending, onChange, onSelect }: Props & { selection: Span }) {
  const covering = entities.filter((e) => e.mentions.some((m) => overlaps(m, selection)));
  const [target, setTarget] = useState(covering[0]?.key ?? '');
  const [name, setName] = useState(selection.text);
  const suggested = useSuggestion(name, language);
  const [type, setType] = useState<EntityType | null>(null);
  const entity = covering.find((e) => e.key === target);
  // Until the server's suggestion arrives, a span fix keeps the entity's own type (a glued "Violets Guillaume
  // Restes" is a Person already): a quick click must not turn the person into an organisation.
  const chosenType = type ?? suggested?.type ?? entity?.type ?? 'Organization';
  // What fixing the span would leave over ("PSG" of "PSG Lucas Chevalier", and the entity's other "PSG" mentions).
  const rest = entity ? fixSpan(NO_CORRECTIONS, entity, selection, text, { name: 'x', type: 'Person' }, { name: 'x', type: 'Person' }).added[0] : undefined;
  const restName = rest ? commonForm(text, rest.mentions) : '';
  const restSuggested = useSuggestion(restName, language);
  const [keepRest, setKeepRest] = useState(true);
  const others = findOccurrences(text, selection.text).filter((o) => o.start !== selection.start);
  const [alsoOthers, setAlsoOthers] = useState(true);
  const done = (next: Corrections) => {
    onChange(next);
    onSelect(null);
  };
  return (
    <div className="selection-forms">
      <div className="field-row">
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />
        </label>
        <TypeSelect label="Type" value={chosenType} onChange={setType} />
        {suggested && (
          <span className="muted">
            suggested: {suggested.type} ({suggested.reason})
          </span>
        )}
      </div>
      {covering.length > 0 && (
        <fieldset>
          <legend>Fix an entity’s span</legend>
          <label>
            Entity{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {covering.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          {restName && (
            <label>
              <input type="checkbox" checked={keepRest} onChange={(e) => setKeepRest(e.target.checked)} /> Keep the rest (“{restName}”) as its own entity
              {restSuggested ? ` (${restSuggested.type})` : ''}
            </label>
          )}
          <button
            type="button"
            disabled={pending || !entity || name.trim() === ''}
            onClick={() =>
              entity &&
              done(
                fixSpan(
                  corrections,
                  entity,
                  selection,
                  text,
                  { name: name.trim(), type: chosenType },
                  keepRest && restName ? { name: restName, type: restSuggested?.type ?? 'Organization' } : null,
                ),
              )
            }
          >
            Fix the span of “{entity?.name ?? ''}”
          </button>
        </fieldset>
      )}
      <fieldset>
        <legend>Add an entity</legend>
        {others.length > 0 && (
          <label>
            <input type="checkbox" checked={alsoOthers} onChange={(e) => setAlsoOthers(e.target.checked)} /> Also mark the {others.length} other mention
            {others.length === 1 ? '' : 's'} of “{selection.text}”
          </label>
        )}
        <button
          type="button"
          disabled={pending || name.trim() === ''}
          onClick={() => done(addEntity(corrections, { name: name.trim(), type: chosenType, mentions: [selection, ...(alsoOthers ? others : [])] }))}
        >
          Add “{name.trim()}” as an entity
        </button>
      </fieldset>
      <AddRelationForm text={text} language={language} entities={entities} corrections={corrections} selection={selection} pending={pending} onAdd={done} />
    </div>
  );
}
