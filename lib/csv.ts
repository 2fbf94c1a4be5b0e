/**
 * CSV (RFC 4180) for spreadsheets: the one escaper behind every CSV the app writes (the explorer's node and edge
 * exports, the Cypher console's results).
 */
export type CsvValue = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, quote or line break, and defused when a spreadsheet would evaluate it. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell; a quote prefix neutralises it, and the field is quoted
  // so that importers keep the prefix as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Lines of fields (a header first) as CSV text, each line ended by CRLF. */
export function csvLines(lines: CsvValue[][]): string {
  return lines.map((line) => `${line.map(csvField).join(',')}\r\n`).join('');
}
