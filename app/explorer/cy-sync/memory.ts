import { useRef, type RefObject } from 'react';
import type { Position } from 'cytoscape';
import type { LayoutName } from '@/lib/cy/view-state';

export type Placement = { start: Position; end: Position };

/**
 * What the sync hooks hand each other between effects. They run in the order useCySync calls them, so the
 * elements hook writes here first and the layout and viewport hooks read what it just did.
 */
export type SyncMemory = {
  /** Where nodes that left the view were, so they come back to the same spot. */
  positions: Map<string, Position>;
  /** The layout last run, null until the first one. */
  laidOut: LayoutName | null;
  /** Node ids of the first batch, waiting for their first layout. */
  firstBatch: string[] | null;
  /** Where the last batch of new nodes is going (start on the parent, end in free space). */
  placed: Map<string, Placement>;
  /** The batch the viewport hook last animated, kept so the selection hook can aim at where a node is going. */
  lastPlaced: Map<string, Placement>;
  /** The stylesheet's current label scale (set by the labels hook, kept by the styles hook when it restyles). */
  labelScale: number;
  /** A worker layout is running: nothing is drawn yet, so there are no labels to place. */
  layingOut: boolean;
  /** Places labels at once (set by the labels hook): the layout hook calls it before the laid-out graph's first frame. */
  placeLabelsNow: () => void;
};

export type MemoryRef = RefObject<SyncMemory>;

export function useSyncMemory(): MemoryRef {
  return useRef<SyncMemory>({
    positions: new Map(),
    laidOut: null,
    firstBatch: null,
    placed: new Map(),
    lastPlaced: new Map(),
    labelScale: 1,
    layingOut: false,
    placeLabelsNow: () => {},
  });
}

/**
 * Calls back with the time (ms since navigation start) once the next frame has been drawn. Cytoscape (canvas and
 * WebGL) draws in a requestAnimationFrame loop registered earlier, so it runs before this frame's callback.
 */
export function afterNextDraw(done: (at: number) => void) {
  requestAnimationFrame(() => done(performance.now()));
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
