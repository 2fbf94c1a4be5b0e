'use client';

import { useEffect, type Dispatch } from 'react';
import type { ViewAction } from '@/lib/cy/view-state';

/** Ctrl+Z / Cmd+Z undoes the last view change, with Shift (or Ctrl+Y) redoes it; text fields keep their own undo. */
export function useUndoKeys(dispatch: Dispatch<ViewAction>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
