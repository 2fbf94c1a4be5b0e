import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { BadInputError } from '@/lib/errors';

export type HtmlText = { title?: string; text: string };

/**
 * The main text of an HTML page, by Mozilla's Readability over linkedom's DOM. linkedom never runs scripts;
 * script, style and template elements are removed before anything reads the text.
 */
export function htmlToText(html: string, name = 'the page'): HtmlText {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = tidy(blockText(article?.content ?? document.body?.innerHTML ?? ''));
  if (text === '') throw new BadInputError(`${name} has no readable text once its markup and scripts are removed.`);
  return { title: article?.title?.trim() || title, text };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, br, tr, section, article';

/** Text of an HTML fragment with a paragraph break after every block, so sentences of adjacent paragraphs never fuse. */
function blockText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  for (const el of document.querySelectorAll(BLOCKS)) el.after(document.createTextNode('\n\n'));
  return document.body?.textContent ?? '';
}

/** Readability keeps the DOM's whitespace; collapse it to paragraphs separated by blank lines. */
function tidy(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** True for pasted text that is really an HTML document. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}
