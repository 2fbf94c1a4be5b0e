/** The explorer's nodes and edges as CSV, one row per element (lib/csv escapes the fields). */
import { csvLines, type CsvValue } from '@/lib/csv';

export type CsvRow = Record<string, CsvValue>;

export function toCsv(columns: string[], rows: CsvRow[]): string {
  return csvLines([columns, ...rows.map((row) => columns.map((c) => row[c]))]);
}

export const NODE_COLUMNS = ['id', 'label', 'type', 'degree', 'articleCount'];
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'confidence', 'evidenceCount'];
