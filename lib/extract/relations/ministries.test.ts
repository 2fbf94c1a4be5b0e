import { describe, expect, it } from 'vitest';
import type { EntityType, ExtractedEntity } from '@/lib/model';
import { slugify } from '../slug';
import { findRelationsAmong } from './index';

function leads(text: string, named: [string, EntityType][]): string[] {
  const entities: ExtractedEntity[] = named.map(([name, type]) => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { id: `${type.toLowerCase()}-${slugify(name)}`, name, type, aliases: [], mentions };
  });
  return findRelationsAmong(text, 'fr', entities)
    .filter((r) => r.type === 'LEADS')
    .map((r) => `${r.source} → ${r.target}`);
}

describe('a minister leads the ministry of the same portfolio, named in another sentence', { timeout: 60_000 }, () => {
  it('reads a French title before the name, with several portfolios', () => {
    const text = 'La ministre du Travail, de la Santé et des Familles, Claire Aubin, a annoncé la mesure. Le ministère de la Santé évoque une période de pédagogie.';
    expect(
      leads(text, [
        ['Claire Aubin', 'Person'],
        ['ministère de la Santé', 'Organization'],
      ]),
    ).toEqual(['person-claire-aubin → organization-ministere-de-la-sante']);
  });

  it('reads a title after the name and an English "Health Secretary", and not another portfolio', () => {
    expect(
      leads('Paul Ardent, ministre des Armées, était présent. Le ministère des Armées a confirmé.', [
        ['Paul Ardent', 'Person'],
        ['ministère des Armées', 'Organization'],
      ]),
    ).toEqual(['person-paul-ardent → organization-ministere-des-armees']);
    expect(
      leads('Health Secretary Tom Hale spoke. The Department of Health and Social Care confirmed it.', [
        ['Tom Hale', 'Person'],
        ['Department of Health and Social Care', 'Organization'],
      ]),
    ).toEqual(['person-tom-hale → organization-department-of-health-and-social-care']);
    expect(
      leads('Le ministre de l’Intérieur, Paul Ardent, a parlé. Le ministère de la Santé se tait.', [
        ['Paul Ardent', 'Person'],
        ['ministère de la Santé', 'Organization'],
      ]),
    ).toEqual([]);
  });

  it('stays fast on a long run of capitalised words that ends in no name', () => {
    const text = `Le ministre ${'de la Santé '.repeat(60)}a parlé. Le ministère de la Santé confirme.`;
    expect(leads(text, [['ministère de la Santé', 'Organization']])).toEqual([]);
  });
});
