/** Nodes and edges as CSV (RFC 4180): every field quoted when needed, CRLF line ends, for spreadsheets. */
export type CsvRow = Record<string, string | number | boolean | null | undefined>;

export function csvField(value: CsvRow[string]): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell; a quote prefix neutralises it.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: string[], rows: CsvRow[]): string {
  return [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))].join('\r\n') + '\r\n';
}

export const NODE_COLUMNS = ['id', 'label', 'type', 'degree', 'articleCount'];
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'confidence', 'evidenceCount'];
