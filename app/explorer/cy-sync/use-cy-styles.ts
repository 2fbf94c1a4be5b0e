'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import type { SizeBy } from '@/lib/cy/view-state';
import type { MemoryRef } from './memory';

export type StylesProps = { visible: { nodes: Set<string> }; pinned: string[]; path: string[] | null; sizeBy: SizeBy; big: boolean };

/** Classes that follow the view (pinned nodes are also locked, the path highlighted) and the stylesheet's options. */
export function useCyStyles(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: StylesProps) {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().forEach((n) => {
      const pin = p.pinned.includes(n.id());
      n.toggleClass('pinned', pin);
      if (pin) n.lock();
      else n.unlock();
    });
  }, [cyRef, p.pinned, p.visible]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('on-path faded');
      if (!p.path) return;
      const onPath = p.path.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection());
      onPath.addClass('on-path');
      cy.elements().difference(onPath).addClass('faded');
    });
  }, [cyRef, p.path, p.visible]);

  // Restyling is costly on big graphs: only when an option really changed (the first style comes with the instance).
  const styled = useRef(`${p.sizeBy}:${p.big}`);
  useEffect(() => {
    const key = `${p.sizeBy}:${p.big}`;
    if (styled.current === key) return;
    styled.current = key;
    cyRef.current?.style(graphStylesheet({ sizeBy: p.sizeBy, big: p.big, labelScale: memoryRef.current.labelScale }));
  }, [cyRef, memoryRef, p.sizeBy, p.big]);
}
