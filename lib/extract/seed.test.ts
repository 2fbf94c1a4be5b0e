import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/lib/model';
import { extract } from './index';

// The seed article as shipped in shared/; the copy in graph-seed/source is the same text.
const SEED = readFileSync(path.resolve(__dirname, 'fixtures/seed-000.txt'), 'utf8');

describe('seed article (rules only, no hand annotation)', () => {
  const x = extract(SEED);
  const entity = (id: string) => x.entities.find((e) => e.id === id);
  const has = (type: string, source: string, target: string) => x.relations.some((r) => r.type === type && r.source === source && r.target === target);

  it('is a valid French extraction', () => {
    expect(ExtractionSchema.parse(x).language).toBe('fr');
  });

  it('finds the key entities under the seed annotation ids', () => {
    expect(entity('person-ban-ki-moon')?.type).toBe('Person');
    expect(entity('person-yury-fedotov')?.type).toBe('Person');
    expect(entity('loc-ekaterinburg')?.aliases).toContain('Ekaterinbourg');
    expect(entity('loc-russia')?.aliases).toEqual(expect.arrayContaining(['Russie', 'Fédération de Russie', 'Russian Federation']));
    expect(entity('org-unodc')?.aliases).toEqual(expect.arrayContaining(['ONUDC', 'Office des Nations Unies contre la drogue et le crime']));
    expect(entity('org-united-nations')?.type).toBe('Organization');
    expect(entity('org-security-council')?.aliases).toContain('Conseil de sécurité');
    expect(entity('doc-united-nations-global-counter-terrorism-strategy')?.type).toBe('Document');
    expect(entity('doc-legal-instruments-against-drugs-crime-and-corruption')?.type).toBe('Document');
    expect(entity('doc-world-drug-report-2011')?.type).toBe('Document');
  });

  it('reads the meeting as an Event and links Ban Ki-moon, Ekaterinburg and Russia to it', () => {
    const meeting = x.entities.find((e) => e.type === 'Event' && /meeting|réunion/i.test(e.name));
    expect(meeting?.name).toBe('Second International Meeting of High Representatives for Security Issues');
    expect(has('SPOKE_AT', 'person-ban-ki-moon', meeting!.id)).toBe(true);
    expect(has('HELD_IN', meeting!.id, 'loc-ekaterinburg')).toBe(true);
    expect(has('LOCATED_IN', 'loc-ekaterinburg', 'loc-russia')).toBe(true);
  });

  it('finds the UNODC and Fedotov relations', () => {
    expect(has('GUARDS', 'org-unodc', 'doc-legal-instruments-against-drugs-crime-and-corruption')).toBe(true);
    expect(has('LEADS', 'person-yury-fedotov', 'org-unodc')).toBe(true);
    expect(has('BRIEFED', 'person-yury-fedotov', 'org-security-council')).toBe(true);
    expect(has('PUBLISHED', 'org-unodc', 'doc-world-drug-report-2011')).toBe(true);
    expect(has('LEADS', 'person-ban-ki-moon', 'org-united-nations')).toBe(true);
  });

  it('resolves "le Secrétaire général" to Ban Ki-moon and never types a date or weekday', () => {
    const ban = entity('person-ban-ki-moon')!;
    expect(ban.mentions.map((m) => m.text)).toContain('Secrétaire général');
    const names = x.entities.map((e) => e.name.toLowerCase());
    for (const word of ['mercredi', 'jeudi', 'vendredi', 'septembre', '21 septembre 2011', 'reconnaissons']) expect(names).not.toContain(word);
  });

  it('gives every relation real evidence and a confidence, co-mentions lowest', () => {
    for (const r of x.relations) {
      for (const ev of r.evidence) expect(SEED.slice(ev.start, ev.end)).toBe(ev.text);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.type === 'CO_MENTIONED') expect(r.confidence).toBeLessThan(0.5);
      else expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    }
  });
});
