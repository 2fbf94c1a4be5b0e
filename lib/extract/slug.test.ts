import { describe, expect, it } from 'vitest';
import { normaliseName, slugify, toEntityId } from './slug';

describe('slug and name keys', () => {
  it('builds the ids the seed annotation uses', () => {
    expect(toEntityId('Person', 'Ban Ki-moon')).toBe('person-ban-ki-moon');
    expect(toEntityId('Location', 'Ekaterinburg')).toBe('loc-ekaterinburg');
    expect(toEntityId('Organization', 'Security Council')).toBe('org-security-council');
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
  });

  it('compares names case-, accent- and punctuation-insensitively', () => {
    expect(normaliseName('U.N.')).toBe(normaliseName('UN'));
    expect(normaliseName('Conseil de Sécurité')).toBe(normaliseName('conseil de securite'));
    expect(normaliseName('Saint-Pétersbourg')).toBe('saint petersbourg');
    expect(normaliseName('l\u2019Office')).toBe(normaliseName("l'Office"));
  });
});
