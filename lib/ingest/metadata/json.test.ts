import { describe, expect, it } from 'vitest';
import { metadataFromJson } from './json';

describe('metadataFromJson', () => {
  it('reads each field under its common names', () => {
    expect(
      metadataFromJson({ headline: ' Titre ', body: 'Texte', datePublished: '2024-06-03T10:00:00Z', publisher: { name: 'Le Monde' }, link: 'https://lemonde.fr/a', lang: 'fr-FR' }),
    ).toEqual({ ok: true, article: { text: 'Texte', title: 'Titre', publishedAt: '2024-06-03', source: 'Le Monde', url: 'https://lemonde.fr/a', language: 'fr' } });
    expect(metadataFromJson({ title: 'T', text: 'X', published_at: '12 March 2024', site_name: 'BBC', url: 'http://bbc.co.uk/x', language: 'en' })).toEqual({
      ok: true,
      article: { text: 'X', title: 'T', publishedAt: '2024-03-12', source: 'BBC', url: 'http://bbc.co.uk/x', language: 'en' },
    });
    expect(metadataFromJson({ text: 'X', publishedAt: '2024-01-02', source: 'AFP' })).toEqual({ ok: true, article: { text: 'X', publishedAt: '2024-01-02', source: 'AFP' } });
  });

  it('leaves out what cannot be read instead of failing the record', () => {
    expect(metadataFromJson({ text: 'X', date: 'yesterday', url: '/relative', link: 'javascript:alert(1)', language: 'de', title: 42 })).toEqual({
      ok: true,
      article: { text: 'X' },
    });
  });

  it('says why a record is not an article', () => {
    expect(metadataFromJson({ title: 'No text' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no text.*"text" field/) });
    expect(metadataFromJson({ text: '   ' })).toMatchObject({ ok: false, reason: expect.stringMatching(/text is empty/) });
    expect(metadataFromJson([1])).toMatchObject({ ok: false, reason: expect.stringMatching(/an array, not an object/) });
    expect(metadataFromJson('text')).toMatchObject({ ok: false, reason: expect.stringMatching(/a string/) });
    expect(metadataFromJson(null)).toMatchObject({ ok: false, reason: expect.stringMatching(/null/) });
  });
});
