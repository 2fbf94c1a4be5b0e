import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import { loadArticle } from '@/lib/graph/load-article';
import { validateExtraction } from '@/lib/graph/validate';
import { exportGraph } from '@/lib/portability/export';
import type { Article, Extraction } from '@/lib/model';
import { startApp } from './app';
import { withEmptyDatabase } from './fixture';

// Each payload sets window.__xss or opens a dialog if it ever runs.
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
const LINK = 'javascript:window.__xss=3;alert(3)';
const text = `${IMG} a rencontré ${SCRIPT} au sujet de ${LINK}. ${IMG} a rencontré ${SCRIPT} au sujet de ${LINK}.`;
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const sentence = text.slice(0, text.indexOf('.') + 1);
const article: Article = {
  id: 'xss-article',
  title: `Titre ${SCRIPT}`,
  publishedAt: '2021-01-01',
  language: 'fr',
  source: `<b onmouseover=alert(4)>source</b>`,
  url: 'https://example.org/a?x=<script>',
  text,
};
const extraction: Extraction = {
  language: 'fr',
  entities: [
    { id: 'person-xss-img', name: IMG, type: 'Person', aliases: [SCRIPT], mentions: [span(IMG)] },
    { id: 'person-xss-script', name: SCRIPT, type: 'Person', aliases: [], mentions: [span(SCRIPT)] },
    { id: 'topic-xss-link', name: LINK, type: 'Topic', aliases: [], mentions: [span(LINK)] },
  ],
  relations: [{ type: 'MET_WITH', source: 'person-xss-img', target: 'person-xss-script', confidence: 0.9, evidence: [span(sentence)] }],
};

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
withEmptyDatabase();
beforeAll(async () => {
  await loadArticle(article, validateExtraction(extraction, text));
  app = await startApp(process.env.NEO4J_URI as string);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('reliability 7: HTML and script in names and texts render as text everywhere', () => {
  it('runs no script on the explorer, the details panel and the article page, and shows the text literally', async () => {
    const page = await (browser as Browser).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const ran = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null);

    await page.goto(`${app?.url}/?focus=person-xss-img`);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 3);
    const labels = await page.evaluate(() =>
      window.cy
        ?.nodes()
        .map((n) => n.data('label') as string)
        .sort(),
    );
    expect(labels).toEqual([IMG, LINK, SCRIPT].sort());
    await page.getByRole('heading', { name: IMG, exact: true, level: 2 }).waitFor();
    expect(await page.getByText(IMG, { exact: true }).count()).toBeGreaterThan(0);

    await page.goto(`${app?.url}/articles/${article.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);
    expect(await page.locator('body').innerText()).toContain(`${IMG} a rencontré ${SCRIPT} au sujet de ${LINK}`);
    // No link anywhere may carry a javascript: URL.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await ran()).toBeNull();
    expect(dialogs).toEqual([]);
  });

  it('keeps them as plain data in the export', async () => {
    const lines: string[] = [];
    await exportGraph((line) => void lines.push(line));
    const names = lines.slice(1).map((l) => JSON.parse(l) as { props: { name?: string; text?: string } });
    expect(
      names
        .map((n) => n.props.name)
        .filter(Boolean)
        .sort(),
    ).toEqual([IMG, LINK, SCRIPT].sort());
    expect(names.find((n) => n.props.text)?.props.text).toBe(text);
  });
});
