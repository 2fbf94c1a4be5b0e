import { DEFAULT_RELATION_COLOR, ENTITY_STYLE, RELATION_COLORS } from './entity-style';
import type { EntityType } from '@/lib/model';

/** One line of an exported picture's legend: an entity type (its shape and colour) or a relation type (a line). */
export type LegendEntry = { kind: 'entity' | 'relation'; label: string; color: string; shape: string };

/** x: where the swatch starts; y: the middle of its row. */
export type PlacedEntry = LegendEntry & { x: number; y: number };
export type LegendLayout = { entries: PlacedEntry[]; width: number; height: number };

/** Sizes in CSS pixels at 1×; the PNG multiplies them by its scale. */
export const LEGEND = { fontSize: 12, swatch: 14, gap: 6, spacing: 18, row: 22, padding: 12, title: 'Legend' } as const;

/** The legend for what is in the view: entity types by count, then relation types, with the colours the canvas uses. */
export function legendEntries(entityCounts: Map<string, number>, relationCounts: Map<string, number>): LegendEntry[] {
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const entities = byCount(entityCounts).flatMap(([type, n]) => {
    const style = ENTITY_STYLE[type as EntityType];
    return style ? [{ kind: 'entity' as const, label: `${style.label} (${n})`, color: style.color, shape: style.shape }] : [];
  });
  const relations = byCount(relationCounts).map(([type, n]) => ({
    kind: 'relation' as const,
    label: `${type} (${n})`,
    color: RELATION_COLORS[type] ?? DEFAULT_RELATION_COLOR,
    shape: type === 'CO_MENTIONED' ? 'dashed' : 'solid',
  }));
  return [...entities, ...relations];
}

/**
 * Lays the entries out in rows that wrap at `maxWidth`, entity types first, relation types from a new row.
 * `measure` gives a label's width (canvas measureText in the browser, an estimate elsewhere).
 */
export function layoutLegend(entries: LegendEntry[], maxWidth: number, measure: (text: string) => number): LegendLayout {
  const { swatch, gap, spacing, row, padding } = LEGEND;
  const placed: PlacedEntry[] = [];
  let x = padding;
  let y = padding + row / 2 + row; // y is a row's middle; the first row holds the title
  let width = padding + measure(LEGEND.title);
  let previous: LegendEntry['kind'] | null = null;
  for (const entry of entries) {
    const w = swatch + gap + measure(entry.label);
    const newRow = (previous !== null && previous !== entry.kind) || (x > padding && x + w > maxWidth - padding);
    if (newRow) {
      x = padding;
      y += row;
    }
    placed.push({ ...entry, x, y });
    width = Math.max(width, x + w + padding);
    x += w + spacing;
    previous = entry.kind;
  }
  return { entries: placed, width: Math.ceil(width), height: entries.length === 0 ? 0 : y + row / 2 + padding };
}

/** A width estimate for system-ui at `fontSize` (where no canvas measures text). */
export const estimateWidth = (text: string, fontSize: number = LEGEND.fontSize) => Math.ceil(text.length * fontSize * 0.6);
