import type { ItemOutcome } from '@/lib/ingest/batch';

/** One upload run: how far it got, what came back, and whether the user asked it to stop. */
export type UploadState = {
  phase: 'idle' | 'reading' | 'running' | 'done';
  total: number;
  items: ItemOutcome[];
  startedAt: number;
  elapsedMs: number;
  current: string;
  /** Stop asked: the batch in flight finishes, no other starts. */
  cancelling: boolean;
  cancelled: boolean;
};

export type UploadAction =
  | { type: 'reading' }
  | { type: 'start'; total: number; now: number }
  | { type: 'sending'; file: string }
  | { type: 'outcomes'; outcomes: ItemOutcome[]; expected: number; now: number }
  | { type: 'cancel' }
  | { type: 'finish'; now: number };

export const INITIAL_UPLOAD: UploadState = { phase: 'idle', total: 0, items: [], startedAt: 0, elapsedMs: 0, current: '', cancelling: false, cancelled: false };

export function reduceUpload(state: UploadState, action: UploadAction): UploadState {
  switch (action.type) {
    case 'reading':
      return { ...INITIAL_UPLOAD, phase: 'reading' };
    case 'start':
      return { ...state, phase: 'running', total: action.total, startedAt: action.now };
    case 'sending':
      return { ...state, current: action.file };
    case 'outcomes':
      // A .json file was counted as one record until its outcomes said how many it held.
      return { ...state, items: [...state.items, ...action.outcomes], total: state.total + action.outcomes.length - action.expected, elapsedMs: action.now - state.startedAt };
    case 'cancel':
      return state.phase === 'running' ? { ...state, cancelling: true } : state;
    case 'finish':
      return { ...state, phase: 'done', elapsedMs: action.now - state.startedAt, cancelled: state.cancelling && state.items.length < state.total, cancelling: false };
  }
}
