'use client';

import { useReducer, useTransition } from 'react';
import { commitArticle, previewPasted, previewUrl } from '@/app/actions/ingest';
import type { ActionResult as Outcome } from '@/lib/gate/server-action';
import type { IngestInput, IngestResult, Preview } from '@/lib/ingest';
import type { Overrides } from '@/lib/ingest/types';
import { PasteForm } from './paste-form';
import { PreviewView } from './preview-view';
import { DoneView } from './done-view';
import { tooLargeToSend } from '@/lib/limits';

type State = { stage: 'edit'; error: string | null } | { stage: 'preview'; preview: Preview; input: IngestInput; error: string | null } | { stage: 'done'; result: IngestResult };
type Action =
  | { type: 'previewed'; outcome: Outcome<{ preview: Preview; input: IngestInput }> }
  | { type: 'committed'; outcome: Outcome<IngestResult> }
  | { type: 'failed'; message: string }
  | { type: 'restart' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'previewed':
      return action.outcome.ok ? { stage: 'preview', ...action.outcome.value, error: null } : { stage: 'edit', error: action.outcome.message };
    case 'committed':
      if (action.outcome.ok) return { stage: 'done', result: action.outcome.value };
      return state.stage === 'preview' ? { ...state, error: action.outcome.message } : state;
    case 'failed':
      return state.stage === 'done' ? state : { ...state, error: action.message };
    case 'restart':
      return { stage: 'edit', error: null };
  }
}

/** Paste or fetch → preview (untick or retype) → commit → links to the article and its entities. */
export function Workbench() {
  const [state, dispatch] = useReducer(reduce, { stage: 'edit', error: null });
  const [pending, startTransition] = useTransition();
  // A request that fails outright (the server is gone, a body over the action limit) keeps the form and says why.
  const run = <T,>(work: () => Promise<T>, then: (value: T) => Action) =>
    startTransition(async () => {
      try {
        dispatch(then(await work()));
      } catch (error) {
        dispatch({ type: 'failed', message: `The server could not take this request (${(error as Error).message}). Your text is still here; try again, or send a shorter text.` });
      }
    });

  return (
    <section aria-labelledby="paste-heading" className="ingest-section">
      <h2 id="paste-heading">{state.stage === 'preview' ? 'Preview' : state.stage === 'done' ? 'Added to the graph' : 'Paste or fetch an article'}</h2>
      {state.stage === 'edit' && (
        <PasteForm
          pending={pending}
          error={state.error}
          onPaste={(fields) => {
            const tooLarge = tooLargeToSend('The text', new Blob([fields.text]).size);
            if (tooLarge) dispatch({ type: 'failed', message: tooLarge });
            else
              run(
                () => previewPasted(fields),
                (outcome) => ({ type: 'previewed', outcome }),
              );
          }}
          onUrl={(url) =>
            run(
              () => previewUrl({ url }),
              (outcome) => ({ type: 'previewed', outcome }),
            )
          }
        />
      )}
      {state.stage === 'preview' && (
        <PreviewView
          preview={state.preview}
          pending={pending}
          error={state.error}
          onCommit={(overrides: Overrides) =>
            run(
              () => commitArticle({ input: state.input, overrides }),
              (outcome) => ({ type: 'committed', outcome }),
            )
          }
          onCancel={() => dispatch({ type: 'restart' })}
        />
      )}
      {state.stage === 'done' && <DoneView result={state.result} onAnother={() => dispatch({ type: 'restart' })} />}
    </section>
  );
}
