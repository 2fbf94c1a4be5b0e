import { csvLines } from '@/lib/csv';
import { isPlainGraphValue, type PlainValue } from '@/lib/neo4j/values';

/** A console result as CSV (lib/csv escapes the fields); graph values become their short text, other objects their JSON. */
export function toCsv(columns: string[], rows: PlainValue[][]): string {
  return csvLines([columns, ...rows.map((row) => row.map(cellText))]);
}

/** A short text for a table cell or CSV field. */
export function cellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isPlainGraphValue(value) && value['@type'] === 'node')
    return `(:${value.labels.join(':')} ${JSON.stringify(value.properties.name ?? value.properties.id ?? value.elementId)})`;
  if (isPlainGraphValue(value) && value['@type'] === 'relationship') return `[:${value.type}]`;
  if (isPlainGraphValue(value) && value['@type'] === 'path') return `path (${value.relationships.length} hop${value.relationships.length === 1 ? '' : 's'})`;
  return JSON.stringify(value);
}
