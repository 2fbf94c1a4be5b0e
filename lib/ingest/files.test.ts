import { describe, expect, it } from 'vitest';
import { parseFile } from './files';
import { htmlToText, looksLikeHtml } from './html';

const inputs = (records: ReturnType<typeof parseFile>) => records.map((r) => (r.ok ? r.input : r.reason));

describe('parseFile', () => {
  it('reads .txt and .md (heading, else headline line, else the file name as title), .json arrays and .jsonl records', () => {
    expect(inputs(parseFile('notes/a.txt', Buffer.from('Text here')))).toEqual([{ text: 'Text here', title: 'a', source: 'uploaded file' }]);
    expect(parseFile('b.md', Buffer.from('# UNODC report\n\nBody'))[0]?.title).toBe('UNODC report');
    const json = parseFile('c.json', Buffer.from(JSON.stringify([{ title: 'T', text: 'X', publishedAt: '2024-01-02T03:04:05Z', url: 'https://e.org/a', language: 'fr' }])));
    expect(inputs(json)).toEqual([{ title: 'T', text: 'X', publishedAt: '2024-01-02', url: 'https://e.org/a', language: 'fr' }]);
    expect(inputs(parseFile('latin.md', Buffer.from('# Sécurité\n\nÀ Genève', 'latin1')))[0]).toMatchObject({ text: '# Sécurité\n\nÀ Genève', title: 'Sécurité' });
    expect(parseFile('d.jsonl', Buffer.from('{"text":"one"}\n\n{"text":"two"}\n')).map((r) => [r.line, r.ok && r.input.text])).toEqual([
      [1, 'one'],
      [3, 'two'],
    ]);
  });

  it("takes a plain text file's headline and dateline; no dateline, no date (never the day of the upload)", () => {
    const dated = parseFile('loi.txt', Buffer.from('La loi sur l’eau adoptée\nPublié le 3 juin 2024\n\nLe Parlement a adopté la loi.'));
    expect(inputs(dated)).toEqual([
      {
        text: 'La loi sur l’eau adoptée\nPublié le 3 juin 2024\n\nLe Parlement a adopté la loi.',
        title: 'La loi sur l’eau adoptée',
        publishedAt: '2024-06-03',
        source: 'uploaded file',
      },
    ]);
    expect(inputs(parseFile('undated.txt', Buffer.from('The council met on Tuesday and approved the budget after a long debate.')))[0]).not.toHaveProperty('publishedAt');
  });

  it("takes an HTML file's meta fields over its <title>", () => {
    const html =
      '<html lang="en"><head><title>Site</title><meta property="og:title" content="Real title"><meta property="article:published_time" content="2023-05-06T07:00:00Z"><meta property="og:site_name" content="The Paper"></head><body><article><p>The council met on Tuesday and approved the budget after a long debate about the schools and the roads.</p></article></body></html>';
    expect(inputs(parseFile('page.html', Buffer.from(html)))[0]).toMatchObject({ title: 'Real title', publishedAt: '2023-05-06', source: 'The Paper', language: 'en' });
  });

  it('a bad JSONL line or a record without text fails alone, with its line; a file that cannot be read is refused whole', () => {
    const records = parseFile('f.jsonl', Buffer.from('{"text":"ok"}\n{oops\n{"title":"No text"}\n[1]'));
    expect(records.map((r) => [r.line, r.ok, r.title])).toEqual([
      [1, true, ''],
      [2, false, ''],
      [3, false, 'No text'],
      [4, false, ''],
    ]);
    expect(records[1]).toMatchObject({ reason: expect.stringMatching(/^Not valid JSON/) });
    expect(records[2]).toMatchObject({ reason: expect.stringMatching(/^The record has no text/) });
    expect(parseFile('g.json', Buffer.from('[{"title":"x"}]'))[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/no text.*\(record 1\)/) });
    expect(() => parseFile('e.pdf', Buffer.from('%PDF-1.4'))).toThrow(
      /e.pdf: unsupported file type “.pdf”. newsgraph reads text, HTML, Markdown and JSON \(.txt, .md.*\). It is a PDF: save the PDF as text first/,
    );
    expect(() => parseFile('f.docx', new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(/f.docx: unsupported.*It is a ZIP archive \(Word .docx/);
    expect(() => parseFile('h.json', Buffer.from('{oops'))).toThrow(/h.json is not valid JSON/);
    expect(() => parseFile('i.jsonl', Buffer.from('\n \n'))).toThrow(/i.jsonl holds no records/);
  });
});

describe('htmlToText', () => {
  it('keeps the main text in paragraphs and drops scripts, styles and navigation markup', () => {
    const page = htmlToText(
      '<html><head><title>Page</title><style>p{}</style></head><body><article><h1>Head</h1><p>First paragraph of the article, long enough to be read as the main content of the page.</p><script>alert(1)</script><p>Second.</p></article></body></html>',
    );
    expect(page.text).toBe('Head\n\nFirst paragraph of the article, long enough to be read as the main content of the page.\n\nSecond.');
    expect(page.title).toBe('Page');
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('UNODC <b>said</b>')).toBe(false);
  });
});
