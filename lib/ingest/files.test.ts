import { describe, expect, it } from 'vitest';
import { parseFile } from './files';
import { htmlToText, looksLikeHtml } from './html';

describe('parseFile', () => {
  it('reads .txt and .md (with the heading as title), .json arrays and .jsonl records', () => {
    expect(parseFile('notes/a.txt', Buffer.from('Text here'))).toEqual([{ text: 'Text here', title: undefined }]);
    expect(parseFile('b.md', Buffer.from('# UNODC report\n\nBody'))[0]?.title).toBe('UNODC report');
    const json = parseFile('c.json', Buffer.from(JSON.stringify([{ title: 'T', text: 'X', publishedAt: '2024-01-02T03:04:05Z', url: 'https://e.org/a', language: 'fr' }])));
    expect(json).toEqual([{ title: 'T', text: 'X', publishedAt: '2024-01-02', url: 'https://e.org/a', language: 'fr', source: undefined }]);
    expect(parseFile('latin.md', Buffer.from('# Sécurité\n\nÀ Genève', 'latin1'))[0]).toEqual({ text: '# Sécurité\n\nÀ Genève', title: 'Sécurité' });
    expect(parseFile('d.jsonl', Buffer.from('{"text":"one"}\n\n{"text":"two"}\n')).map((r) => r.text)).toEqual(['one', 'two']);
  });

  it('names the file and the problem for unsupported types, malformed JSON and records without text', () => {
    expect(() => parseFile('e.pdf', Buffer.from('%PDF-1.4'))).toThrow(/e.pdf: unsupported file type “.pdf”. newsgraph reads text, HTML, Markdown and JSON \(.txt, .md.*\). It is a PDF: save the PDF as text first/);
    expect(() => parseFile('f.docx', new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(/f.docx: unsupported.*It is a ZIP archive \(Word .docx/);
    expect(() => parseFile('f.jsonl', Buffer.from('{"text":"ok"}\n{oops'))).toThrow(/f.jsonl line 2 is not valid JSON/);
    expect(() => parseFile('g.json', Buffer.from('{"title":"x"}'))).toThrow(/g.json record 1: text/);
  });
});

describe('htmlToText', () => {
  it('keeps the main text in paragraphs and drops scripts, styles and navigation markup', () => {
    const page = htmlToText('<html><head><title>Page</title><style>p{}</style></head><body><article><h1>Head</h1><p>First paragraph of the article, long enough to be read as the main content of the page.</p><script>alert(1)</script><p>Second.</p></article></body></html>');
    expect(page.text).toBe('Head\n\nFirst paragraph of the article, long enough to be read as the main content of the page.\n\nSecond.');
    expect(page.title).toBe('Page');
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('UNODC <b>said</b>')).toBe(false);
  });
});
