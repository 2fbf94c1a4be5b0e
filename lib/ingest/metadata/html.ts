import { parseHTML } from 'linkedom';
import { cleanText, firstOf, httpUrl, languageOf, type ArticleMetadata } from './fields';
import { parseDateValue } from './dates';

type Doc = ReturnType<typeof parseHTML>['document'];

/** schema.org types whose headline and dates are the article's own (not the site's or a breadcrumb's). */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'Report', 'OpinionNewsArticle']);

/**
 * An HTML page's own account of its article: Open Graph and article:* meta, name=date and Dublin Core dates,
 * JSON-LD NewsArticle, the first <time datetime>, <html lang>. The page is parsed by linkedom (no scripts run);
 * JSON-LD is read as data with JSON.parse.
 */
export function metadataFromHtml(html: string): ArticleMetadata {
  const { document } = parseHTML(html);
  const ld = articleFromJsonLd(document);
  const meta = (key: string) => metaContent(document, key);
  const publisher = ld?.publisher as { name?: unknown } | undefined;
  const found: ArticleMetadata = {
    title: firstOf(cleanText(meta('og:title'), 500), cleanText(ld?.headline, 500), cleanText(ld?.name, 500), cleanText(document.querySelector('title')?.textContent, 500)),
    publishedAt: firstOf(
      parseDateValue(meta('article:published_time')),
      parseDateValue(ld?.datePublished),
      parseDateValue(meta('date')),
      parseDateValue(meta('dc.date')),
      parseDateValue(meta('dc.date.issued')),
      parseDateValue(meta('dcterms.date')),
      parseDateValue(document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? undefined),
      parseDateValue(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
    ),
    source: firstOf(cleanText(meta('og:site_name'), 200), cleanText(publisher?.name, 200)),
    url: firstOf(httpUrl(meta('og:url')), httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), httpUrl(ld?.url)),
    language: firstOf(languageOf(document.documentElement?.getAttribute('lang')), languageOf(ld?.inLanguage), languageOf(meta('og:locale'))),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as ArticleMetadata;
}

/** <meta property=…> or <meta name=…>, compared without case (DC.date and dc.date are the same field). */
function metaContent(document: Doc, key: string): string | undefined {
  for (const el of document.querySelectorAll('meta')) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === key) return el.getAttribute('content') ?? undefined;
  }
  return undefined;
}

/** The first JSON-LD object typed as an article, looking inside arrays and @graph. Malformed blocks are skipped. */
function articleFromJsonLd(document: Doc): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) return data.map((d) => findArticle(d, depth + 1)).find(Boolean);
  const item = data as Record<string, unknown>;
  const types = [item['@type']].flat().filter((t): t is string => typeof t === 'string');
  if (types.some((t) => ARTICLE_TYPES.has(t))) return item;
  return findArticle(item['@graph'], depth + 1);
}
