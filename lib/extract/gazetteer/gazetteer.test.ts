import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { canonicalFor } from './canonical';
import { getGazetteer } from './load';
import { matchGazetteer } from './match';

const id = (surface: string, type?: Parameters<typeof canonicalFor>[1]) => canonicalFor(surface, type)?.id;

describe('canonicalFor', () => {
  it('maps French, English and acronym forms to one id', () => {
    for (const s of ['ONUDC', 'UNODC', 'Office des Nations Unies contre la drogue et le crime', 'United Nations Office on Drugs and Crime']) expect(id(s)).toBe('org-unodc');
    for (const s of ['ONU', 'Nations Unies', 'United Nations', 'UN', 'U.N.']) expect(id(s)).toBe('org-united-nations');
    for (const s of ['Russie', 'Fédération de Russie', 'Russian Federation', 'Russia']) expect(id(s)).toBe('loc-russia');
    expect(id('Moscou')).toBe(id('Moscow'));
    expect(id('Conseil de sécurité')).toBe('org-security-council');
    expect(id('Ekaterinbourg')).toBe('loc-ekaterinburg');
    expect(id('conseil de securite')).toBe('org-security-council');
  });

  it('does not over-merge', () => {
    expect(id('Saint-Pétersbourg')).toBe('loc-saint-petersburg');
    expect(id('Saint Petersburg State University')).toBe('org-saint-petersburg-state-university');
    expect(id('un')).toBeUndefined();
    expect(id('Congo')).toBeUndefined();
    expect(id('Russie', 'Organization')).toBeUndefined();
    expect(id('Ban Ki-moon')).toBeUndefined();
  });

  it('takes country names from i18n-iso-countries with short canonical names', () => {
    expect(canonicalFor('Royaume-Uni')).toMatchObject({ id: 'loc-united-kingdom', name: 'United Kingdom' });
    expect(canonicalFor('République arabe syrienne')?.name).toBe('Syria');
    expect(canonicalFor('États-Unis')?.id).toBe('loc-united-states');
  });
});

describe('matchGazetteer', () => {
  const hits = (text: string) => matchGazetteer(getGazetteer(), text, tokenize(text)).map((h) => [text.slice(h.start, h.end), h.id]);

  it('prefers the longest name and keeps acronyms case-sensitive', () => {
    expect(hits("l'Office des Nations Unies contre la drogue et le crime, un office de l'ONU")).toEqual([
      ['Office des Nations Unies contre la drogue et le crime', 'org-unodc'],
      ['ONU', 'org-united-nations'],
    ]);
  });

  it('names editions of yearly reports and series of meetings', () => {
    expect(hits('le Rapport mondial sur les drogues 2011')).toEqual([['Rapport mondial sur les drogues 2011', 'doc-world-drug-report-2011']]);
    expect(hits('la seconde réunion internationale des Hauts représentants aux questions sécuritaires')[0]?.[1]).toBe(
      'event-second-international-meeting-of-high-representatives-for-security-issues',
    );
  });

  it('wants a capital for proper names but not for topics', () => {
    expect(hits('the security council and terrorism')).toEqual([['terrorism', 'topic-terrorism']]);
  });
});
