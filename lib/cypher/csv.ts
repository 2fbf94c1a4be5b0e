import { isPlainGraphValue, type PlainValue } from '@/lib/neo4j/values';

/** RFC 4180 CSV of a console result; graph values become their JSON, other objects too. */
export function toCsv(columns: string[], rows: PlainValue[][]): string {
  return [columns, ...rows.map((row) => row.map(cellText))].map((line) => line.map(escapeCell).join(',')).join('\r\n');
}

/** A short text for a table cell or CSV field. */
export function cellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isPlainGraphValue(value) && value['@type'] === 'node') return `(:${value.labels.join(':')} ${JSON.stringify(value.properties.name ?? value.properties.id ?? value.elementId)})`;
  if (isPlainGraphValue(value) && value['@type'] === 'relationship') return `[:${value.type}]`;
  if (isPlainGraphValue(value) && value['@type'] === 'path') return `path (${value.relationships.length} hop${value.relationships.length === 1 ? '' : 's'})`;
  return JSON.stringify(value);
}

function escapeCell(text: string): string {
  // A leading = + - @ would run as a formula in spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
