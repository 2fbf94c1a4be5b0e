'use client';

import { useState, type Dispatch, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { GraphPath } from '@/lib/graph/paths';
import type { ViewAction } from '@/lib/cy/view-state';
import { menuItems, type MenuItem, type OpenMenu } from '@/lib/cy/selection-menu';
import { ContextMenu } from './context-menu';
import { fetchJson } from './fetch-json';
import './canvas-menu.css';

export type SelectionActions = {
  dispatch: Dispatch<ViewAction>;
  expanded: string[];
  pinned: string[];
  onOpen: (id: string) => void;
  onPath: (from: string, to: string, paths: GraphPath[]) => void;
};

type Props = SelectionActions & {
  cyRef: RefObject<Core | null>;
  selection: string[];
  menu: OpenMenu | null;
  onMenu: (menu: OpenMenu | null) => void;
  /** Focus goes back to the canvas when the menu closes from the keyboard. */
  onRefocus: () => void;
};

/**
 * Over the canvas: how many entities are selected, a box-selection toggle (dragging then draws a box instead of
 * panning; Shift+drag always does), the actions menu for the selection, and the context menu itself. Every action is
 * a view change (lib/cy/view-state.ts), so undo/redo and the URL cover it.
 */
export function CanvasMenu({ cyRef, selection, menu, onMenu, onRefocus, dispatch, expanded, pinned, onOpen, onPath }: Props) {
  const [boxMode, setBoxMode] = useState(false);
  const [note, setNote] = useState('');

  const toggleBox = () => {
    setBoxMode(!boxMode);
    cyRef.current?.userPanningEnabled(boxMode);
  };

  const findPaths = async (from: { id: string; label: string }, to: { id: string; label: string }) => {
    setNote(`Looking for paths between ${from.label} and ${to.label}…`);
    try {
      const { paths } = await fetchJson<{ paths: GraphPath[] }>(`/api/paths?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}`);
      if (paths.length > 0) onPath(from.id, to.id, paths);
      setNote(
        paths.length > 0
          ? `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0]!.edges.length} hop${paths[0]!.edges.length === 1 ? '' : 's'} highlighted.`
          : `No path of up to 6 typed relations links ${from.label} and ${to.label}.`,
      );
    } catch (e) {
      setNote(`Could not find a path: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const run = (item: MenuItem, targets: OpenMenu['targets']) => {
    const ids = targets.map((t) => t.id);
    onMenu(null);
    if (item.action === 'expand') dispatch({ type: 'expand-nodes', ids });
    else if (item.action === 'hide') dispatch({ type: 'hide-nodes', ids });
    else if (item.action === 'pin' || item.action === 'unpin') dispatch({ type: 'set-pins', ids, pinned: item.action === 'pin' });
    else if (item.action === 'paths') void findPaths(targets[0]!, targets[1]!);
    else if (item.action === 'details') onOpen(ids[0]!);
    if (item.action !== 'paths') setNote('');
    if (!item.href) onRefocus(); // a link (Curate) is leaving the page
  };

  const openForSelection = (button: HTMLElement) => {
    const cy = cyRef.current;
    if (!cy) return;
    const box = button.getBoundingClientRect();
    const targets = cy.nodes(':selected').map((n) => ({ id: n.id(), label: String(n.data('label')) }));
    onMenu({ targets, at: { x: Math.round(box.left), y: Math.round(box.bottom + 2) } });
  };

  return (
    <>
      <div className="selection-bar" role="group" aria-label="Selection">
        <button type="button" aria-pressed={boxMode} onClick={toggleBox} title="Drag to draw a box around entities (Shift+drag works too)">
          Box select
        </button>
        <span role="status" data-testid="selection-count">
          {selection.length > 1 ? `${selection.length} entities selected` : selection.length === 1 ? '1 entity selected' : ''}
        </span>
        {selection.length > 0 && (
          <>
            <button type="button" aria-haspopup="menu" aria-expanded={menu !== null} onClick={(e) => openForSelection(e.currentTarget)}>
              Actions…
            </button>
            <button type="button" onClick={() => cyRef.current?.nodes(':selected').unselect()}>
              Clear selection
            </button>
          </>
        )}
        {note && (
          <span role="status" className="selection-note">
            {note}
          </span>
        )}
      </div>
      {menu && (
        <ContextMenu
          label={menu.targets.length === 1 ? `Actions for ${menu.targets[0]!.label}` : `Actions for ${menu.targets.length} entities`}
          items={menuItems({ targets: menu.targets, expanded, pinned })}
          at={menu.at}
          onSelect={(item) => run(item, menu.targets)}
          onClose={(refocus) => {
            onMenu(null);
            if (refocus) onRefocus();
          }}
        />
      )}
    </>
  );
}
