'use client';

import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { canvasLabel, describeEntity, directionOfKey, nearestInDirection, nearestTo, type Candidate } from '@/lib/cy/keyboard-nav';
import type { EntityType } from '@/lib/model';

const RING = 'kb-focus';

type Options = {
  onOpen: (id: string) => void;
  onExpand: (id: string) => void;
  /** The context menu for this entity (or the selection it is in). */
  onMenu: (id: string) => void;
  entities: number;
  relations: number;
};

const candidate = (node: NodeSingular): Candidate => ({ id: node.id(), ...node.renderedPosition() });

function announce(node: NodeSingular): string {
  const type = node.data('type') as EntityType;
  return describeEntity(String(node.data('label')), ENTITY_STYLE[type]?.label ?? type, Number(node.data('degree') ?? node.degree(false)));
}

/**
 * Keyboard navigation of the Cytoscape canvas: the container is focusable; arrow keys move a focus ring to the
 * nearest node in that direction (from rendered positions: nothing is laid out or moved, the view only pans when
 * the node is off screen), Enter opens the details (like a tap), E or Shift+Enter expands (like a double tap),
 * the context-menu key or Shift+F10 opens the actions menu (of the selection, without a ring), Escape clears. Tab is left alone, so it leaves the canvas. The ring shows only while the canvas has focus.
 */
export function useKeyboardNav(cyRef: RefObject<Core | null>, { onOpen, onExpand, onMenu, entities, relations }: Options) {
  const focused = useRef<string | null>(null);
  const [message, setMessage] = useState('');
  const handlers = useRef({ onOpen, onExpand, onMenu });
  useEffect(() => {
    handlers.current = { onOpen, onExpand, onMenu };
  }, [onOpen, onExpand, onMenu]);

  const current = useCallback((): NodeSingular | null => {
    const cy = cyRef.current;
    const node = focused.current && cy ? cy.getElementById(focused.current) : null;
    return node && node.nonempty() && node.isNode() ? node : null;
  }, [cyRef]);

  const moveTo = useCallback((node: NodeSingular) => {
    const cy = node.cy();
    cy.nodes(`.${RING}`).removeClass(RING);
    node.addClass(RING);
    focused.current = node.id();
    setMessage(announce(node));
    const extent = cy.extent();
    const { x, y } = node.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.animate({ center: { eles: node } }, { duration: 200 });
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const cy = cyRef.current;
      if (!cy || event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = current();
      const direction = directionOfKey(event.key);
      if (direction) {
        event.preventDefault(); // arrows would scroll the page
        const nodes = cy.nodes().map(candidate);
        // The first arrow lands on the selected entity, or on the one nearest the middle of the view.
        const start = cy.nodes(':selected').first();
        const nextId = from ? nearestInDirection(candidate(from), nodes, direction) : start.nonempty() ? start.id() : nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, nodes);
        if (nextId) moveTo(cy.getElementById(nextId) as NodeSingular);
        else
          setMessage(from ? `No entity ${direction === 'left' || direction === 'right' ? `to the ${direction}` : direction === 'up' ? 'above' : 'below'}.` : 'The graph is empty.');
        return;
      }
      if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
        event.preventDefault();
        const target = from ?? cy.nodes(':selected').first();
        if (target.nonempty()) handlers.current.onMenu(target.id());
        else setMessage('Move to an entity with the arrow keys first, then open its menu.');
        return;
      }
      if (!from) return;
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        handlers.current.onOpen(from.id());
      } else if ((event.key === 'Enter' && event.shiftKey) || event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        handlers.current.onExpand(from.id());
        setMessage(`Expanding ${String(from.data('label'))}.`);
      } else if (event.key === 'Escape') {
        from.removeClass(RING);
        focused.current = null;
        setMessage('Keyboard focus cleared.');
      }
    },
    [cyRef, current, moveTo],
  );

  // The ring belongs to keyboard focus: hidden when the canvas loses focus, back when it returns.
  const onBlur = useCallback(() => void current()?.removeClass(RING), [current]);
  const onFocus = useCallback(() => void current()?.addClass(RING), [current]);

  return {
    containerProps: { tabIndex: 0, role: 'application', 'aria-label': canvasLabel(entities, relations), onKeyDown, onFocus, onBlur },
    message,
  };
}
