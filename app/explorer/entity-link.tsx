'use client';

import type { ReactNode } from 'react';

/** A real link to an entity's view (works in a new tab); a plain click focuses it here without reloading. */
export function EntityLink({ id, onFocus, children }: { id: string; onFocus: (id: string) => void; children: ReactNode }) {
  return (
    <a
      href={`/?focus=${encodeURIComponent(id)}&expand=${encodeURIComponent(id)}&add=${encodeURIComponent(id)}`}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onFocus(id);
      }}
    >
      {children}
    </a>
  );
}
