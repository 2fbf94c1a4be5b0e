import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { labelsToShow, type LabelBox } from '@/lib/cy/label-lod';

/**
 * On a big graph zoomed out, Cytoscape draws no label at all (its min-zoomed-font-size), and restyling every node
 * to larger labels would cost frames. Instead the few most important nodes in view get a style bypass that draws
 * their label at a readable size; the level of detail keeps those that do not overlap. At most this many.
 */
const MAX_BOOSTED = 60;
/**
 * How many of the most important nodes in view are considered: their label boxes are estimated from the text
 * (no restyle), the level of detail picks up to MAX_BOOSTED that clear each other, and only those are restyled.
 * Taking the top MAX_BOOSTED alone showed 3 labels on 579 fixture entities: the hubs sit together and hide each other.
 */
const CONSIDERED = 600;
/** Average glyph width of the label font, as a share of its size (generous, so estimates are not smaller than the real box). */
const GLYPH = 0.62;
const LINE = 1.25;
/** Rendered font size of a boosted label, in screen pixels (the big graphs' min-zoomed-font-size is 14). */
const BOOSTED_PX = 14;
const BASE_FONT = 11;
const BOOST_CLASS = 'label-boost';
const BYPASS = 'font-size text-margin-y text-max-width min-zoomed-font-size';
const SCALE_KEY = '_labelBoostScale';

export type Importance = (n: NodeSingular) => number;

/** Removes every boost (the view zoomed in far enough for ordinary labels, or the graph is not big). */
export function clearBoosts(cy: Core): void {
  const boosted = cy.nodes(`.${BOOST_CLASS}`);
  if (boosted.empty()) return;
  cy.batch(() => boosted.removeStyle(BYPASS).removeClass(BOOST_CLASS));
}

/**
 * Boosts the labels of the most important nodes near the viewport and returns the ids shown; the others lose
 * their boost. `gap` is the model-space margin kept between two labels.
 */
export function boostLabels(cy: Core, near: NodeCollection, importance: Importance, gap: number): Set<string> {
  const zoom = cy.zoom();
  const scale = Math.min(40, BOOSTED_PX / (BASE_FONT * zoom));
  const ext = cy.extent();
  const inView = near.filter((n) => {
    const { x, y } = n.position();
    return Boolean(n.data('label')) && x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
  });
  const ranked = (inView.toArray() as NodeSingular[]).sort((a, b) => importance(b) - importance(a) || (a.id() < b.id() ? -1 : 1)).slice(0, CONSIDERED);
  const font = BASE_FONT * scale;
  const maxWidth = 140 * scale;
  const estimated: LabelBox[] = ranked.map((n) => {
    const text = String(n.data('label'));
    const width = Math.min(maxWidth, text.length * GLYPH * font);
    const lines = Math.ceil((text.length * GLYPH * font) / maxWidth);
    const { x, y } = n.position();
    const top = y + n.height() / 2 + 4 * scale;
    return { id: n.id(), importance: importance(n), x1: x - width / 2 - gap, y1: top - gap, x2: x + width / 2 + gap, y2: top + lines * LINE * font + gap };
  });
  const picked = labelsToShow(estimated, Math.max(150, 150 * scale));
  const candidates = ranked.filter((n) => picked.has(n.id())).slice(0, MAX_BOOSTED);
  const chosen = new Set(candidates.map((n) => n.id()));
  cy.batch(() => {
    cy.nodes(`.${BOOST_CLASS}`).forEach((n) => {
      if (!chosen.has(n.id())) n.removeStyle(BYPASS).removeClass(BOOST_CLASS);
    });
    for (const n of candidates) {
      // Restyling a node invalidates Cytoscape's layer textures of the whole graph: only when something changes.
      if (n.hasClass(BOOST_CLASS) && n.scratch(SCALE_KEY) === scale) continue;
      n.addClass(BOOST_CLASS).removeClass('label-hidden');
      n.scratch(SCALE_KEY, scale);
      n.style({ 'font-size': BASE_FONT * scale, 'text-margin-y': 4 * scale, 'text-max-width': `${140 * scale}px`, 'min-zoomed-font-size': 0 });
    }
  });
  const boxes: LabelBox[] = candidates.map((n) => {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return { id: n.id(), importance: importance(n), x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
  });
  const shown = labelsToShow(boxes, Math.max(150, 150 * scale));
  cy.batch(() => {
    for (const n of candidates) if (!shown.has(n.id())) n.removeStyle(BYPASS).removeClass(BOOST_CLASS);
  });
  return shown;
}
