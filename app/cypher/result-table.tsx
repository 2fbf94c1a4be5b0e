import type { CypherResult } from '@/lib/cypher/run';
import { cellText, toCsv } from '@/lib/cypher/csv';

const SHOWN_ROWS = 200;
const formatMb = (bytes: number) => (bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });

/** Rows as a table (graph values abbreviated), with a CSV download of every row received. */
export function ResultTable({ result }: { result: CypherResult }) {
  const download = () => {
    const blob = new Blob([toCsv(result.columns, result.rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: 'newsgraph-query.csv' });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="result-table">
      <p className="graph-note" role="status" data-testid="result-summary">
        {result.rows.length} row{result.rows.length === 1 ? '' : 's'} in {result.elapsedMs} ms
        {result.truncatedBy === 'rows' ? ` — truncated at the row cap (${result.rowCap}); add LIMIT or narrow the query` : ''}
        {result.truncatedBy === 'bytes' ? ` — truncated at ${formatMb(result.byteCap)} MB of results; return fewer or smaller values` : ''}{' '}
        <button type="button" onClick={download} disabled={result.rows.length === 0}>
          Download CSV
        </button>
      </p>
      {result.columns.length > 0 && (
        <table>
          <thead>
            <tr>
              {result.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.slice(0, SHOWN_ROWS).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.rows.length > SHOWN_ROWS && (
        <p className="graph-note">
          First {SHOWN_ROWS} rows shown; the CSV has all {result.rows.length}.
        </p>
      )}
    </div>
  );
}
