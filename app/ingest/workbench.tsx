'use client';

import { useEffect, useReducer, useState, useTransition } from 'react';
import { commitArticle, previewCorrected, previewPasted, previewUrl } from '@/app/actions/ingest';
import type { Corrections } from '@/lib/ingest/corrections';
import { tooLargeToSend } from '@/lib/limits';
import { PasteForm } from './paste-form';
import { PreviewView } from './preview-view';
import { DoneView } from './done-view';
import { clearDraft, loadDraft, saveDraft, type Fields } from './draft';
import { INITIAL, reduce, type Action } from './workbench-state';

const STEP = 'ingestStep';
const atPreviewStep = () => (window.history.state as Record<string, unknown> | null)?.[STEP] === 'preview';

/**
 * Paste or fetch → preview (correct it) → commit → links to the article and its entities. The preview is a step
 * of the browser's history (?step=preview), so Back and Forward move between form and preview with nothing lost,
 * and the draft (text, metadata, corrections) is in sessionStorage, so a reload loses nothing either.
 */
export function Workbench() {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [pending, startTransition] = useTransition();
  // A request that fails outright (the server is gone, a body over the action limit) keeps the form and says why.
  const run = <T,>(work: () => Promise<T>, then: (value: T) => Action | null) =>
    startTransition(async () => {
      try {
        const action = then(await work());
        if (action) dispatch(action);
      } catch (error) {
        dispatch({ type: 'failed', message: `The server could not take this request (${(error as Error).message}). Your text is still here; try again, or send a shorter text.` });
      }
    });

  const showPreview = (fields: Fields, corrections: Corrections | null, push: boolean) =>
    run(
      () => previewPasted({ ...fields, ...(corrections ? { corrections } : {}) }),
      (outcome) => {
        if (outcome.ok && push && !atPreviewStep()) window.history.pushState({ ...window.history.state, [STEP]: 'preview' }, '', '?step=preview');
        return { type: 'previewed', outcome };
      },
    );

  // Once, after hydration: the draft comes back, and a reload on the preview step shows the preview again.
  useEffect(() => {
    const draft = loadDraft();
    dispatch({ type: 'restored', draft });
    if (draft && draft.fields.text.trim() !== '' && atPreviewStep()) showPreview(draft.fields, draft.corrections, false);
    const onPop = () => dispatch({ type: 'step', stage: atPreviewStep() ? 'preview' : 'edit' });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once on mount by design
  }, []);

  // Saved a moment after the last keystroke, not on each one: a long text is a long string to write.
  const [draftSaved, setDraftSaved] = useState(true);
  useEffect(() => {
    if (!state.restored || state.stage === 'done') return;
    const timer = setTimeout(() => setDraftSaved(saveDraft({ fields: state.fields, address: state.address, corrections: state.corrections })), 250);
    return () => clearTimeout(timer);
  }, [state.restored, state.stage, state.fields, state.address, state.corrections]);

  const correct = (next: Corrections) => {
    const current = state.preview;
    if (!current) return;
    const previous = state.corrections;
    dispatch({ type: 'correcting', corrections: next });
    run(
      () => previewCorrected({ input: current.input, corrections: next }),
      (outcome) => ({ type: 'corrected', outcome, previous }),
    );
  };

  return (
    <section aria-labelledby="paste-heading" className="ingest-section">
      <h2 id="paste-heading">{state.stage === 'preview' ? 'Preview' : state.stage === 'done' ? 'Added to the graph' : 'Paste or fetch an article'}</h2>
      {state.stage === 'edit' && (
        <PasteForm
          key={state.formVersion}
          fields={state.fields}
          address={state.address}
          pending={pending}
          error={state.error}
          storageWarning={!draftSaved}
          onType={(fields, address) => dispatch({ type: 'typed', fields, ...(address !== undefined ? { address } : {}) })}
          onPaste={(fields) => {
            dispatch({ type: 'typed', fields });
            const tooLarge = tooLargeToSend('The text', new Blob([fields.text]).size);
            if (tooLarge) dispatch({ type: 'failed', message: tooLarge });
            // The same text again keeps the corrections made to it; another text starts from its own.
            else showPreview(fields, state.preview && state.preview.preview.article.text === fields.text.trim() ? state.corrections : null, true);
          }}
          onUrl={(url) =>
            run(
              () => previewUrl({ url }),
              (outcome) => {
                if (outcome.ok && !atPreviewStep()) window.history.pushState({ ...window.history.state, [STEP]: 'preview' }, '', '?step=preview');
                return { type: 'previewed', outcome };
              },
            )
          }
        />
      )}
      {state.stage === 'preview' && state.preview && state.corrections && (
        <PreviewView
          preview={state.preview.preview}
          corrections={state.corrections}
          pending={pending}
          error={state.error}
          onCorrect={correct}
          onCommit={() =>
            run(
              () => commitArticle({ input: state.preview!.input, overrides: { corrections: state.corrections! } }),
              (outcome) => {
                if (outcome.ok) {
                  clearDraft();
                  window.history.replaceState({ ...window.history.state, [STEP]: 'done' }, '', '/ingest');
                }
                return { type: 'committed', outcome };
              },
            )
          }
          onBack={() => (atPreviewStep() ? window.history.back() : dispatch({ type: 'step', stage: 'edit' }))}
        />
      )}
      {state.stage === 'done' && state.result && <DoneView result={state.result} onAnother={() => dispatch({ type: 'restart' })} />}
    </section>
  );
}
