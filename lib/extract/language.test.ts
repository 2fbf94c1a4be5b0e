import { describe, expect, it } from 'vitest';
import { UnsupportedLanguageError } from './errors';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('reads French and English', () => {
    expect(detectLanguage('Le Secrétaire général a réclamé mercredi davantage de coopération internationale.')).toBe('fr');
    expect(detectLanguage('The Secretary-General called on Wednesday for more international cooperation.')).toBe('en');
  });

  it('reads a short English sentence full of names', () => {
    expect(detectLanguage('Ban Ki-moon met the President of the Security Council.')).toBe('en');
  });

  it('refuses German with a message that names it', () => {
    const german = 'Der Generalsekretär der Vereinten Nationen hat am Mittwoch mehr internationale Zusammenarbeit gefordert.';
    expect(() => detectLanguage(german)).toThrow(UnsupportedLanguageError);
    expect(() => detectLanguage(german)).toThrow('unsupported language: looks like German; newsgraph reads French and English');
  });
});
