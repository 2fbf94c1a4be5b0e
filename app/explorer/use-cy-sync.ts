'use client';

import type { RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { LayoutName, Positions, SizeBy } from '@/lib/cy/view-state';
import type { ElementStore } from '@/lib/cy/element-store';
import { useSyncMemory } from './cy-sync/memory';
import { useCyElements } from './cy-sync/use-cy-elements';
import { useCyLayout } from './cy-sync/use-cy-layout';
import { useCyViewport } from './cy-sync/use-cy-viewport';
import { useCySelection } from './cy-sync/use-cy-selection';
import { useCyStyles } from './cy-sync/use-cy-styles';
import { useCyLabels } from './cy-sync/use-cy-labels';
import { useCyPositions } from './cy-sync/use-cy-positions';

export type CySyncProps = {
  store: ElementStore;
  visible: { nodes: Set<string>; edges: Set<string> };
  anchors: Map<string, string>;
  focus: string | null;
  edge: string | null;
  pinned: string[];
  path: string[] | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  positions: Positions;
  onRecordPositions: (positions: Positions) => void;
  onMoveNodes: (positions: Positions) => void;
  onError: (message: string) => void;
  onLayingOut: (count: number | null) => void;
};

/**
 * Keeps the Cytoscape instance in step with the view, one hook per concern (app/explorer/cy-sync/). The order
 * matters: React runs effects in call order; the listeners are registered before anything moves, and the layout,
 * viewport, styles and selection hooks read what the elements hook just added.
 */
export function useCySync(cyRef: RefObject<Core | null>, p: CySyncProps & { big: boolean }) {
  const memory = useSyncMemory();
  // Listeners first: the first layout runs in the same commit, and its moves must be heard.
  useCyPositions(cyRef, p);
  useCyLabels(cyRef, memory, p);
  useCyElements(cyRef, memory, p);
  useCyLayout(cyRef, memory, p);
  useCyViewport(cyRef, memory, p);
  useCyStyles(cyRef, memory, p);
  useCySelection(cyRef, memory, p);
}
