import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle, ingestArticle, ingestFile, previewArticle, removeIngestedArticle } from './index';
import { countGraph } from '@/lib/graph/stats';
import { AppError } from '@/lib/errors';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';

const english = 'The United Nations Office on Drugs and Crime (UNODC) opened a new office in Nairobi on Monday. UNODC said the office would help Kenya fight drug trafficking.';
const scriptPage = `<!doctype html><html><head><title>Scripted</title><script>globalThis.ingestPwned = true</script></head><body><article><h1>UNODC in Nairobi</h1><p>${english}</p><script>globalThis.ingestPwned = true; document.write('INJECTED')</script><p>The office will open in the spring.</p></article></body></html>`;
let server: Server;
let base = '';
const created: string[] = [];

beforeAll(async () => {
  await applySchema();
  server = createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(scriptPage);
    else if (req.url === '/huge') res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'word '.repeat(1_000_000)}</p>`);
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 15_000).unref();
    else res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const id of created) await removeIngestedArticle(id).catch(() => undefined);
  server.closeAllConnections();
  server.close();
  await closeDriver();
});

/** Runs the bad input, expects one clear AppError matching `message`, and checks the graph did not change. */
async function refused(work: () => Promise<unknown>, message: RegExp, status = 400) {
  const before = await countGraph();
  const error = await work().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toMatch(message);
  expect((error as AppError).status).toBe(status);
  expect(await countGraph()).toEqual(before);
}

/** A file that fails reports exactly one failed item with a reason, and changes nothing. */
async function fileRefused(name: string, bytes: Uint8Array, message: RegExp) {
  const before = await countGraph();
  const outcomes = await ingestFile(name, bytes);
  expect(outcomes.map((o) => o.status)).toEqual(['failed']);
  expect(outcomes[0]?.message).toMatch(message);
  expect(await countGraph()).toEqual(before);
}

describe('bad input: one clear message, nothing changes', () => {
  it('empty and whitespace-only text', async () => {
    await refused(() => ingestArticle({ text: '' }), /empty/);
    await refused(() => previewArticle({ text: '  \n\t ' }), /empty/);
  });

  it('text over MAX_ARTICLE_BYTES, naming the limit', async () => {
    await refused(() => ingestArticle({ text: 'a'.repeat(1_000_001) }), /over the limit of 1,000,000 bytes \(MAX_ARTICLE_BYTES\)/, 413);
  });

  it('binary files and invalid UTF-8 that is not windows-1252 either', async () => {
    await fileRefused('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/);
    await fileRefused('broken.txt', new Uint8Array([...Buffer.from('UNODC '), 0x81, 0x8d, 0x9d, 0x90, 0xc3, 0x28]), /not valid UTF-8/);
  });

  it('malformed JSON and JSON records without text', async () => {
    await fileRefused('articles.json', Buffer.from('[{"title": "x", "text": "UNODC"'), /not valid JSON/);
    await fileRefused('articles.jsonl', Buffer.from('{"title": "no text"}\n'), /The record has no text/);
  });

  it('unsupported languages', async () => {
    await refused(() => ingestArticle({ text: 'Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung hat am Montag in Wien einen neuen Bericht über den weltweiten Drogenhandel vorgestellt, der zeigt, dass die Produktion gestiegen ist.' }), /Unsupported language.*German/);
  });

  it('HTML with scripts: scripts stripped and never run, the text kept', async () => {
    const outcomes = await ingestFile('scripted.html', Buffer.from(scriptPage));
    expect(outcomes[0]?.status).toBe('added');
    created.push(outcomes[0]!.articleId!);
    const preview = await previewArticle({ text: scriptPage });
    expect(preview.article.text).toContain('opened a new office in Nairobi');
    expect(preview.article.text).not.toMatch(/INJECTED|ingestPwned|<script/);
    expect((globalThis as { ingestPwned?: boolean }).ingestPwned).toBeUndefined();
  });

  it('one bad record never spoils the rest of its file', async () => {
    const jsonl = [JSON.stringify({ title: 'Good', text: english, publishedAt: '2024-03-04T10:00:00Z' }), JSON.stringify({ title: 'Bad', text: '' })].join('\n');
    const outcomes = await ingestFile('mixed.jsonl', Buffer.from(jsonl));
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'failed']);
    created.push(outcomes[0]!.articleId!);
    expect(outcomes[1]?.message).toMatch(/empty/);
  });

  it('URLs: private addresses refused by default, unreachable, missing, oversized and slow pages refused', async () => {
    await refused(() => fetchArticle(`${base}/article`, { allowPrivate: false }), /private address.*ALLOW_PRIVATE_URLS=1/);
    await refused(() => fetchArticle(`http://localhost:${new URL(base).port}/article`, { allowPrivate: false }), /private address/);
    await refused(() => fetchArticle('http://127.0.0.1:1/nothing', { allowPrivate: true }), /could not be reached/);
    await refused(() => fetchArticle(`${base}/missing`, { allowPrivate: true }), /HTTP 404/);
    await refused(() => fetchArticle(`${base}/huge`, { allowPrivate: true }), /over the fetch limit/, 413);
    await refused(() => fetchArticle('file:///etc/passwd'), /Only http and https/);
    const page = await fetchArticle(`${base}/article`, { allowPrivate: true });
    expect(page.text).toContain('Nairobi');
    expect(page.text).not.toContain('INJECTED');
  });

  it('a page that does not answer in time', async () => {
    await refused(() => fetchArticle(`${base}/slow`, { allowPrivate: true, timeoutMs: 1_000 }), /did not answer within 1 seconds/);
  });
});
