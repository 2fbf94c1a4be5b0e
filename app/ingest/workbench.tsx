'use client';

import { useReducer, useTransition } from 'react';
import { commitArticle, previewPasted, previewUrl, type Outcome } from '@/app/actions/ingest';
import type { IngestInput, IngestResult, Preview } from '@/lib/ingest';
import type { Overrides } from '@/lib/ingest/types';
import { PasteForm } from './paste-form';
import { PreviewView } from './preview-view';
import { DoneView } from './done-view';

type State =
  | { stage: 'edit'; error: string | null }
  | { stage: 'preview'; preview: Preview; input: IngestInput; error: string | null }
  | { stage: 'done'; result: IngestResult };
type Action =
  | { type: 'previewed'; outcome: Outcome<{ preview: Preview; input: IngestInput }> }
  | { type: 'committed'; outcome: Outcome<IngestResult> }
  | { type: 'restart' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'previewed':
      return action.outcome.ok ? { stage: 'preview', ...action.outcome.value, error: null } : { stage: 'edit', error: action.outcome.message };
    case 'committed':
      if (action.outcome.ok) return { stage: 'done', result: action.outcome.value };
      return state.stage === 'preview' ? { ...state, error: action.outcome.message } : state;
    case 'restart':
      return { stage: 'edit', error: null };
  }
}

/** Paste or fetch → preview (untick or retype) → commit → links to the article and its entities. */
export function Workbench() {
  const [state, dispatch] = useReducer(reduce, { stage: 'edit', error: null });
  const [pending, startTransition] = useTransition();
  const run = <T,>(work: () => Promise<T>, then: (value: T) => Action) => startTransition(async () => dispatch(then(await work())));

  return (
    <section aria-labelledby="paste-heading" className="ingest-section">
      <h2 id="paste-heading">{state.stage === 'preview' ? 'Preview' : state.stage === 'done' ? 'Added to the graph' : 'Paste or fetch an article'}</h2>
      {state.stage === 'edit' && (
        <PasteForm
          pending={pending}
          error={state.error}
          onPaste={(fields) => run(() => previewPasted(fields), (outcome) => ({ type: 'previewed', outcome }))}
          onUrl={(url) => run(() => previewUrl(url), (outcome) => ({ type: 'previewed', outcome }))}
        />
      )}
      {state.stage === 'preview' && (
        <PreviewView
          preview={state.preview}
          pending={pending}
          error={state.error}
          onCommit={(overrides: Overrides) => run(() => commitArticle(state.input, overrides), (outcome) => ({ type: 'committed', outcome }))}
          onCancel={() => dispatch({ type: 'restart' })}
        />
      )}
      {state.stage === 'done' && <DoneView result={state.result} onAnother={() => dispatch({ type: 'restart' })} />}
    </section>
  );
}
