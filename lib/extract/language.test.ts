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

  it('reads short English and French with few function words (language-words.json)', () => {
    // franc-min took these for Ilocano and Romanian.
    expect(detectLanguage('Kestrel Foods said on Tuesday that its chief executive, Hanna Weil, would step down.')).toBe('en');
    expect(detectLanguage('Arsenal beat Chelsea 2-1. Saka scored twice.')).toBe('en');
    expect(detectLanguage('Le PSG a battu Lens 3-1 samedi.')).toBe('fr');
  });

  it('still refuses Spanish, Italian, Portuguese and Dutch news', () => {
    for (const text of [
      'El presidente del Gobierno, Pedro Sánchez, dijo el martes que la economía española crecerá más de lo previsto.',
      'Il presidente della Repubblica Sergio Mattarella ha firmato martedì il decreto, che entrerà in vigore la prossima settimana.',
      'O presidente do Brasil, Luiz Inácio Lula da Silva, disse na terça-feira que o governo vai investir mais em educação.',
      'De minister-president zei dinsdag dat het kabinet de plannen voor nieuwe woningen in Amsterdam zal uitbreiden.',
    ])
      expect(() => detectLanguage(text)).toThrow(UnsupportedLanguageError);
  });

  it('refuses German with a message that names it', () => {
    const german = 'Der Generalsekretär der Vereinten Nationen hat am Mittwoch mehr internationale Zusammenarbeit gefordert.';
    expect(() => detectLanguage(german)).toThrow(UnsupportedLanguageError);
    expect(() => detectLanguage(german)).toThrow('unsupported language: looks like German; newsgraph reads French and English');
  });
});
