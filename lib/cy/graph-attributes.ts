import type { ExportEdge, ExportNode } from './export-graph';

export type AttributeType = 'string' | 'int' | 'double';
export type Attribute<T> = { name: string; type: AttributeType; value: (item: T) => string | number | undefined };

/** Aliases in one string: Gephi's attribute table has no lists, and ` | ` never occurs in a name we keep. */
export const ALIAS_SEPARATOR = ' | ';

/** What GraphML and GEXF carry for each entity, beyond its id, label and drawing. */
export const NODE_ATTRIBUTES: Attribute<ExportNode>[] = [
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'aliases', type: 'string', value: (n) => n.aliases.join(ALIAS_SEPARATOR) },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'article_count', type: 'int', value: (n) => n.articleCount },
];

/**
 * What they carry for each relation: its first (strongest) evidence in plain columns that Gephi can sort and filter
 * on, and every piece of evidence as JSON, so nothing is lost when a relation has several.
 */
export const EDGE_ATTRIBUTES: Attribute<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'confidence', type: 'double', value: (e) => e.confidence },
  { name: 'evidence_count', type: 'int', value: (e) => e.evidence.length },
  { name: 'sentence', type: 'string', value: (e) => e.evidence[0]?.sentence },
  { name: 'article_id', type: 'string', value: (e) => e.evidence[0]?.articleId },
  { name: 'article_title', type: 'string', value: (e) => e.evidence[0]?.articleTitle },
  { name: 'start', type: 'int', value: (e) => e.evidence[0]?.start },
  { name: 'end', type: 'int', value: (e) => e.evidence[0]?.end },
  { name: 'evidence', type: 'string', value: (e) => (e.evidence.length > 0 ? JSON.stringify(e.evidence) : undefined) },
];

/** `#rrggbb` as numbers; anything else is grey. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) } : { r: 128, g: 128, b: 128 };
}

/** Numbers as XML wants them: finite, and no more digits than a drawing needs. */
export const num = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
