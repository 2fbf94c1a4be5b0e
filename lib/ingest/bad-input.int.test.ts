import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle, ingestArticle, ingestFile, previewArticle, removeIngestedArticle } from './index';
import { countGraph } from '@/lib/graph/stats';
import { AppError } from '@/lib/errors';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { getArticle } from '@/lib/graph/articles';
import { readTransaction } from '@/lib/neo4j/run';
import { BAD_FILES, CONTROL_TEXT, LEGACY_FILES } from '@/tests/reliability/bad-input-cases';

const english = 'The United Nations Office on Drugs and Crime (UNODC) opened a new office in Nairobi on Monday. UNODC said the office would help Kenya fight drug trafficking.';
const scriptPage = `<!doctype html><html><head><title>Scripted</title><script>globalThis.ingestPwned = true</script></head><body><article><h1>UNODC in Nairobi</h1><p>${english}</p><script>globalThis.ingestPwned = true; document.write('INJECTED')</script><p>The office will open in the spring.</p></article></body></html>`;
const latinText = 'Le Conseil de sécurité a adopté à Genève une résolution sur le Mali, et le secrétaire général a salué la décision du Conseil.';
const latinPage = `<!doctype html><html><head><title>Conseil de sécurité</title></head><body><article><p>${latinText}</p></article></body></html>`;
let server: Server;
let base = '';
const created: string[] = [];

beforeAll(async () => {
  await applySchema();
  server = createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(scriptPage);
    else if (req.url === '/latin1') res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(latinPage, 'latin1'));
    else if (req.url === '/meta-1252')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          Buffer.concat([
            Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>Prix</title></head><body><article><p>'),
            Buffer.from([0x93]),
            Buffer.from(latinText, 'latin1'),
            Buffer.from([0x94, 0x20, 0x80]),
            Buffer.from('</p></article></body></html>'),
          ]),
        );
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
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
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

  it('a 1 MB single line under MAX_ARTICLE_BYTES: refused at once for the NER service, saying how to split it', async () => {
    const line = 'Aldo Brenner met Cosima Dahlgren in Porto Velho and '.repeat(19_000); // 988 KB, no sentence break
    await refused(() => ingestArticle({ text: line, title: 'One long line' }), /Split the article into smaller parts/, 413);
  });

  it('binary files and invalid UTF-8 that is not windows-1252 either', async () => {
    await fileRefused('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /photo.txt is a PNG image, not text/);
    await fileRefused('broken.txt', new Uint8Array([...Buffer.from('UNODC '), 0x81, 0x8d, 0x9d, 0x90, 0xc3, 0x28]), /not valid UTF-8/);
  });

  it('malformed JSON and JSON records without text', async () => {
    await fileRefused('articles.json', Buffer.from('[{"title": "x", "text": "UNODC"'), /not valid JSON/);
    await fileRefused('articles.jsonl', Buffer.from('{"title": "no text"}\n'), /The record has no text/);
  });

  it('unsupported languages', async () => {
    await refused(
      () =>
        ingestArticle({
          text: 'Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung hat am Montag in Wien einen neuen Bericht über den weltweiten Drogenhandel vorgestellt, der zeigt, dass die Produktion gestiegen ist.',
        }),
      /Unsupported language.*German/,
    );
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
    await refused(() => fetchArticle(`${base}/article`, { allowPrivate: false }), /127.0.0.1 is the loopback address.*ALLOW_PRIVATE_URLS=1/);
    await refused(() => fetchArticle(`http://localhost:${new URL(base).port}/article`, { allowPrivate: false }), /localhost names this machine/);
    await refused(() => fetchArticle('http://127.0.0.1:1/nothing', { allowPrivate: true }), /could not be reached/);
    await refused(() => fetchArticle(`${base}/missing`, { allowPrivate: true }), /HTTP 404/);
    await refused(() => fetchArticle(`${base}/huge`, { allowPrivate: true }), /over the fetch limit/, 413);
    await refused(() => fetchArticle('file:///etc/passwd'), /Only http and https/);
    const page = await fetchArticle(`${base}/article`, { allowPrivate: true });
    expect(page.text).toContain('Nairobi');
    expect(page.text).not.toContain('INJECTED');
  });

  it('pages in legacy charsets, declared by the server or by <meta>, are read as what they say', async () => {
    expect((await fetchArticle(`${base}/latin1`, { allowPrivate: true })).text).toBe(latinText);
    const page = await fetchArticle(`${base}/meta-1252`, { allowPrivate: true });
    expect(page.text).toBe(`“${latinText}” €`);
  });

  it('a page that does not answer in time', async () => {
    await refused(() => fetchArticle(`${base}/slow`, { allowPrivate: true, timeoutMs: 1_000 }), /did not answer within 1 seconds/);
  });
});

const CONTROLS = '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]';

/** How many articles and entities hold a string property with a control character in it. */
async function storedControls(): Promise<number> {
  const rows = await readTransaction((tx) => tx.run(STORED_WITH_CONTROLS, { controls: CONTROLS }));
  return Number(rows.records[0]?.get('n') ?? 0);
}
const STORED_WITH_CONTROLS = `
MATCH (n) WHERE n:Article OR n:Entity
WITH n, [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'STRING' | n[k]] AS strings
RETURN count { UNWIND strings AS s WITH s WHERE s =~ ('(?s).*' + $controls + '.*') RETURN s } AS n`;

describe('bad input, new cases: control characters, broken characters, legacy encodings, non-text files', () => {
  it.each(BAD_FILES)('refuses $name, saying what to do, and changes nothing', async ({ file, bytes, message }) => {
    await fileRefused(file, bytes, message);
  });

  it.each(LEGACY_FILES)('reads $name as its text (no U+FFFD), and stores that', async ({ file, bytes, text }) => {
    const outcomes = await ingestFile(file, bytes);
    expect(
      outcomes.map((o) => o.status),
      outcomes[0]?.message,
    ).toEqual(['added']);
    created.push(outcomes[0]!.articleId!);
    const stored = await getArticle(outcomes[0]!.articleId!);
    expect(stored.text).toBe(text);
    expect(stored.text).not.toContain('\ufffd');
  });

  it('refuses a lone surrogate in pasted text or its title, and changes nothing', async () => {
    await refused(() => ingestArticle({ text: `${english} \udc00` }), /article text holds a broken character \(an unpaired UTF-16 surrogate, U\+DC00/);
    await refused(() => ingestArticle({ text: english, title: 'UNODC \ud83d' }), /title holds a broken character/);
    await refused(() => ingestArticle({ text: '\u0000\u0001\u0002\u001b' }), /empty/);
  });

  it('the stored-controls check finds a NUL, a C1 control and an ESC (so a zero below means none)', async () => {
    const rows = await readTransaction((tx) =>
      tx.run(`UNWIND $s AS s RETURN collect(s =~ ('(?s).*' + $controls + '.*')) AS found`, { s: ['a\u0000b', 'a\u0085b', '\u001b[0m', 'Genève\t\n'], controls: CONTROLS }),
    );
    expect(rows.records[0]?.get('found')).toEqual([true, true, true, false]);
  });

  it('stores pasted text, title and source with NUL and other controls removed, and NFC', async () => {
    const result = await ingestArticle({ text: CONTROL_TEXT.text, title: CONTROL_TEXT.title, source: CONTROL_TEXT.source });
    created.push(result.articleId);
    const stored = await getArticle(result.articleId);
    expect({ text: stored.text, title: stored.title, source: stored.source }).toEqual(CONTROL_TEXT.expected);
    expect(await storedControls()).toBe(0);
  });

  it('stores an uploaded file with a stray NUL and controls (in its title too) cleaned', async () => {
    const bytes = Buffer.from(`# UNODC\u0000 in\u0007 Nairobi\r\n\r\n${english}\u0000\u0085`);
    const outcomes = await ingestFile('stray-nul.md', bytes);
    expect(
      outcomes.map((o) => o.status),
      outcomes[0]?.message,
    ).toEqual(['added']);
    created.push(outcomes[0]!.articleId!);
    const stored = await getArticle(outcomes[0]!.articleId!);
    expect(stored.title).toBe('UNODC in Nairobi');
    expect(stored.text).toBe(`# UNODC in Nairobi\n\n${english}`);
    expect(await storedControls()).toBe(0);
  });
});
