import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAnnotation, findAll, type Annotation } from './annotation';
import { readSeedArticles } from './seed-files';

const text = "L'Office des Nations Unies contre la drogue et le crime (ONUDC) et les Nations Unies.";
const annotation: Annotation = {
  article: { id: 'a1', title: 'T', publishedAt: '2011-09-21', language: 'fr', source: 'test', textFile: 'a1.txt' },
  entities: [
    { id: 'org-unodc', name: 'UNODC', type: 'Organization', aliases: ['ONUDC'], mentions: ['Office des Nations Unies contre la drogue et le crime', 'ONUDC'] },
    { id: 'org-united-nations', name: 'United Nations', type: 'Organization', aliases: [], mentions: ['Nations Unies'] },
  ],
  relations: [{ type: 'PART_OF', source: 'org-unodc', target: 'org-united-nations', confidence: 0.8, evidence: [text] }],
};

describe('compileAnnotation', () => {
  it('locates mentions, leaving words inside a longer name to that name', () => {
    const { extraction } = compileAnnotation(annotation, text);
    const un = extraction.entities.find((e) => e.id === 'org-united-nations');
    expect(un?.mentions).toEqual([{ start: 71, end: 84, text: 'Nations Unies' }]);
    expect(extraction.entities[0]?.mentions.map((m) => m.text)).toEqual(['Office des Nations Unies contre la drogue et le crime', 'ONUDC']);
    expect(extraction.relations[0]?.evidence[0]).toEqual({ start: 0, end: text.length, text });
  });

  it('refuses an annotation that drifted from its text', () => {
    const broken = { ...annotation, entities: [{ ...annotation.entities[0]!, mentions: ['UNODC'] }] };
    expect(() => compileAnnotation(broken, text)).toThrow(/mention "UNODC" of org-unodc is not in the text/);
  });

  it('matches whole words only', () => {
    expect(findAll('ONU ONUDC ONU.', 'ONU').map((s) => s.start)).toEqual([0, 10]);
  });
});

describe('graph-seed', () => {
  it('holds both stories of the seed file, verbatim, with valid annotations', async () => {
    const original = readFileSync(path.join(process.cwd(), 'graph-seed/source/000_2d187f03ba1ecc22.txt'), 'utf8');
    const seed = await readSeedArticles();
    expect(seed.map((s) => s.article.id)).toEqual(['un-news-2011-06-24-fedotov-security-council', 'un-news-2011-09-21-security-cooperation']);
    for (const { article } of seed) expect(original).toContain(article.text.trim());
    const all = seed.flatMap((s) => s.extraction.relations.map((r) => `${r.source} ${r.type} ${r.target}`));
    expect(all).toEqual(
      expect.arrayContaining([
        'person-ban-ki-moon SPOKE_AT event-second-international-meeting-of-high-representatives-for-security-issues',
        'event-second-international-meeting-of-high-representatives-for-security-issues HELD_IN loc-ekaterinburg',
        'org-unodc GUARDS doc-legal-instruments-against-drugs-crime-and-corruption',
        'person-yury-fedotov LEADS org-unodc',
        'person-yury-fedotov BRIEFED org-security-council',
      ]),
    );
  });
});
