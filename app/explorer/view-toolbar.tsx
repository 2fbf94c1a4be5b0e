'use client';

import type { Dispatch } from 'react';
import type { Core } from 'cytoscape';
import { LAYOUT_LABELS } from '@/lib/cy/layouts';
import { LAYOUT_NAMES, type LayoutName, type SizeBy, type ViewAction, type ViewState } from '@/lib/cy/view-state';
import { ExportButtons } from './export-buttons';

type Props = {
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  getCy: () => Core | null;
  listView: boolean;
  onToggleList: () => void;
  webgl: boolean;
};

/** View controls: undo/redo, fit, layout, node size, co-mentions, list view, renderer and export. */
export function ViewToolbar({ view, dispatch, getCy, listView, onToggleList, webgl }: Props) {
  return (
    <div className="view-toolbar" role="group" aria-label="View">
      <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={view.past.length === 0}>
        Undo
      </button>
      <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={view.future.length === 0}>
        Redo
      </button>
      <button type="button" onClick={() => getCy()?.animate({ fit: { eles: getCy()!.elements(), padding: 40 } }, { duration: 250 })}>
        Fit to screen
      </button>
      <label>
        Layout{' '}
        <select value={view.layout} onChange={(e) => dispatch({ type: 'set-layout', layout: e.target.value as LayoutName })}>
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Node size{' '}
        <select value={view.sizeBy} onChange={(e) => dispatch({ type: 'set-size', sizeBy: e.target.value as SizeBy })}>
          <option value="degree">by connections</option>
          <option value="mentions">by articles</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={view.coMentions} onChange={() => dispatch({ type: 'toggle-co-mentions' })} /> Co-mentions
      </label>
      <button type="button" aria-pressed={listView} onClick={onToggleList}>
        List view
      </button>
      <label title="Draws with WebGL: much faster with a GPU, slower without one. Reloads the view.">
        <input
          type="checkbox"
          checked={webgl}
          onChange={() => {
            const url = new URL(window.location.href);
            if (webgl) url.searchParams.delete('renderer');
            else url.searchParams.set('renderer', 'webgl');
            window.location.assign(url);
          }}
        />{' '}
        WebGL
      </label>
      <ExportButtons getCy={getCy} />
    </div>
  );
}
