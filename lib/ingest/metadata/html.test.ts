import { describe, expect, it } from 'vitest';
import { metadataFromHtml } from './html';

const page = (head: string, body = '<p>Texte.</p>', lang = 'fr') => `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

describe('metadataFromHtml', () => {
  it('reads Open Graph and article meta, with <html lang>', () => {
    const html = page(`<title>Site | Titre</title><meta property="og:title" content="Le vrai titre"><meta property="article:published_time" content="2024-06-03T08:00:00+02:00">
      <meta property="og:site_name" content="Le Monde"><meta property="og:url" content="https://www.lemonde.fr/a.html">`);
    expect(metadataFromHtml(html)).toEqual({ title: 'Le vrai titre', publishedAt: '2024-06-03', source: 'Le Monde', url: 'https://www.lemonde.fr/a.html', language: 'fr' });
  });

  it('reads JSON-LD NewsArticle inside @graph, and skips malformed blocks', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Headline LD',
          datePublished: '2023-11-05',
          publisher: { '@type': 'Organization', name: 'Reuters' },
          url: 'https://reuters.com/x',
          inLanguage: 'en-GB',
        },
      ],
    };
    const html = page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>x</p>', '');
    expect(metadataFromHtml(html)).toEqual({ title: 'Headline LD', publishedAt: '2023-11-05', source: 'Reuters', url: 'https://reuters.com/x', language: 'en' });
  });

  it('falls back to name=date, Dublin Core, <time datetime>, canonical link and <title>', () => {
    expect(metadataFromHtml(page('<title>Titre seul</title><meta name="date" content="2022-05-01">')).publishedAt).toBe('2022-05-01');
    expect(metadataFromHtml(page('<meta name="DC.date" content="12/03/2024">')).publishedAt).toBe('2024-03-12');
    const timed = metadataFromHtml(
      page('<title>Titre seul</title><link rel="canonical" href="https://ex.org/a">', '<article><time datetime="2021-07-14T10:00">14 juillet</time><p>x</p></article>'),
    );
    expect(timed).toEqual({ title: 'Titre seul', publishedAt: '2021-07-14', url: 'https://ex.org/a', language: 'fr' });
  });

  it('gives nothing for a bare page; a foreign lang is left to the extractor', () => {
    expect(metadataFromHtml('<html lang="de"><body><p>Hallo</p></body></html>')).toEqual({});
  });
});
