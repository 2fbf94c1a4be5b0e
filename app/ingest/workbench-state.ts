import type { ActionResult as Outcome } from '@/lib/gate/server-action';
import type { IngestInput, IngestResult, Preview } from '@/lib/ingest';
import type { Corrections } from '@/lib/ingest/corrections';
import { EMPTY_FIELDS, type Draft, type Fields } from './draft';

export type Previewed = Outcome<{ preview: Preview; input: IngestInput }>;

/** The whole ingest workbench: what was typed stays whatever the stage, so going back and forth loses nothing. */
export type State = {
  fields: Fields;
  address: string;
  /** Bumped when the fields are replaced from outside (a restored draft), so the uncontrolled form takes them. */
  formVersion: number;
  restored: boolean;
  stage: 'edit' | 'preview' | 'done';
  preview: { preview: Preview; input: IngestInput } | null;
  /** The user's corrections; null until a preview says which apply (the user's, or those stored with the text). */
  corrections: Corrections | null;
  result: IngestResult | null;
  error: string | null;
};

export type Action =
  | { type: 'restored'; draft: Draft | null }
  | { type: 'typed'; fields: Partial<Fields>; address?: string }
  | { type: 'previewed'; outcome: Previewed }
  | { type: 'corrected'; outcome: Previewed; previous: Corrections | null }
  | { type: 'correcting'; corrections: Corrections }
  | { type: 'committed'; outcome: Outcome<IngestResult> }
  | { type: 'failed'; message: string }
  | { type: 'step'; stage: 'edit' | 'preview' }
  | { type: 'restart' };

export const INITIAL: State = { fields: EMPTY_FIELDS, address: '', formVersion: 0, restored: false, stage: 'edit', preview: null, corrections: null, result: null, error: null };

export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'restored':
      if (!action.draft) return { ...state, restored: true };
      return { ...state, ...action.draft, formVersion: state.formVersion + 1, restored: true };
    case 'typed':
      return { ...state, fields: { ...state.fields, ...action.fields }, address: action.address ?? state.address };
    case 'previewed':
      if (!action.outcome.ok) return { ...state, stage: 'edit', error: action.outcome.message };
      return { ...state, stage: 'preview', preview: action.outcome.value, corrections: action.outcome.value.preview.corrections, error: null };
    case 'correcting':
      return { ...state, corrections: action.corrections, error: null };
    case 'corrected':
      // A correction the server refuses is taken back, with its reason; the others stay.
      if (!action.outcome.ok) return { ...state, corrections: action.previous, error: action.outcome.message };
      return { ...state, preview: action.outcome.value, error: null };
    case 'committed':
      if (action.outcome.ok) return { ...INITIAL, restored: true, formVersion: state.formVersion + 1, stage: 'done', result: action.outcome.value };
      return { ...state, error: action.outcome.message };
    case 'failed':
      return state.stage === 'done' ? state : { ...state, error: action.message };
    case 'step':
      return action.stage === 'preview' && !state.preview
        ? state
        : { ...state, stage: action.stage, error: null, formVersion: state.formVersion + (action.stage === 'edit' ? 1 : 0) };
    case 'restart':
      return { ...INITIAL, restored: true, formVersion: state.formVersion + 1 };
  }
}
