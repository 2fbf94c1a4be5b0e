'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '@/lib/cy/view-state';
import { quietTimer } from './quiet-timer';

export type PositionsProps = {
  positions: Positions;
  onRecordPositions: (positions: Positions) => void;
  onMoveNodes: (positions: Positions) => void;
};

/** Views bigger than this keep no positions: a link could not carry them, and recording would cost every move. */
export const RECORD_POSITIONS_UP_TO = 1500;
/** Quiet time after nodes stop moving (layouts, entry animations) before their positions are recorded. */
const RECORD_AFTER_MS = 450;
/** Closer than this (model px) counts as "already there". */
const SAME_SPOT = 1;

const rounded = (n: NodeSingular) => ({ x: Math.round(n.position('x')), y: Math.round(n.position('y')) });

export function currentPositions(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((n) => void (positions[n.id()] = rounded(n)));
  return positions;
}

/**
 * The view's positions and the canvas kept in step: where layouts and placements put the nodes is recorded into
 * the view (so the URL carries it), a drag is an undo step, and positions coming from the view (undo, redo, an
 * opened link) move the nodes there.
 */
export function useCyPositions(cyRef: RefObject<Core | null>, p: PositionsProps) {
  const callbacks = useRef(p);
  useEffect(() => {
    callbacks.current = p;
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let dragging = false;
    const small = () => cy.nodes().length <= RECORD_POSITIONS_UP_TO;
    const timer = quietTimer(RECORD_AFTER_MS, () => {
      if (!cy.destroyed() && !dragging && small()) callbacks.current.onRecordPositions(currentPositions(cy));
    });
    const later = timer.poke;
    const grab = () => void (dragging = true);
    const dropped = () => {
      dragging = false;
      if (small()) callbacks.current.onMoveNodes(currentPositions(cy));
    };
    cy.on('position', 'node', later);
    cy.on('layoutstop remove', later);
    cy.on('grab', 'node', grab);
    cy.on('dragfree', 'node', dropped);
    return () => {
      timer.cancel();
      cy.off('position', 'node', later);
      cy.off('layoutstop remove', later);
      cy.off('grab', 'node', grab);
      cy.off('dragfree', 'node', dropped);
    };
  }, [cyRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const moves: [NodeSingular, { x: number; y: number }][] = [];
    cy.nodes().forEach((n) => {
      const to = p.positions[n.id()];
      const at = n.position();
      if (to && (Math.abs(at.x - to.x) > SAME_SPOT || Math.abs(at.y - to.y) > SAME_SPOT)) moves.push([n, to]);
    });
    if (moves.length === 0) return;
    cy.batch(() =>
      moves.forEach(([n, to]) => {
        // Pinned nodes are locked against layouts and drags, not against the view they belong to.
        const locked = n.locked();
        n.unlock();
        n.position(to);
        if (locked) n.lock();
      }),
    );
  }, [cyRef, p.positions]);
}
