import { toCsv } from '@/lib/cy/csv';
import type { ItemOutcome } from './batch';

/** The batch report's columns, as the page's download and `npm run ingest -- --report out.csv` write them. */
export const REPORT_COLUMNS = ['file', 'line', 'title', 'status', 'reason', 'article id'];

/** One CSV row per record, with the project's spreadsheet-safe escaping (lib/cy/csv). Pure: runs in the browser too. */
export function toReportCsv(items: readonly ItemOutcome[]): string {
  return toCsv(
    REPORT_COLUMNS,
    items.map((item) => ({
      file: item.file,
      line: item.line,
      title: item.title,
      status: item.status,
      // Why it failed, or was skipped; an added article's summary is not a reason.
      reason: item.status === 'failed' ? item.message : item.status === 'unchanged' ? 'already in the graph' : '',
      'article id': item.articleId,
    })),
  );
}
