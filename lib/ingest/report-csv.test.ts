import { describe, expect, it } from 'vitest';
import { toReportCsv } from './report-csv';

describe('toReportCsv', () => {
  it('writes one escaped row per record with its line, status and reason', () => {
    const csv = toReportCsv([
      { file: 'a.jsonl', line: 1, title: 'Le "titre", enfin', status: 'added', articleId: 'text-1', message: 'Added …' },
      { file: 'a.jsonl', line: 2, title: '', status: 'failed', message: 'Not valid JSON (Unexpected token).' },
      { file: 'b.txt', title: '=HYPERLINK("x")', status: 'unchanged', articleId: 'text-2', message: '…' },
    ]);
    expect(csv).toBe(
      'file,line,title,status,reason,article id\r\n' +
        'a.jsonl,1,"Le ""titre"", enfin",added,,text-1\r\n' +
        'a.jsonl,2,,failed,Not valid JSON (Unexpected token).,\r\n' +
        `b.txt,,"'=HYPERLINK(""x"")",unchanged,already in the graph,text-2\r\n`,
    );
  });
});
