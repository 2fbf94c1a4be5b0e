import { describe, expect, it } from 'vitest';
import { normaliseName } from './slug';
import { extract } from './index';

/** Deterministic pseudo-random generator, so the property test is reproducible. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const PIECES = [
  'Le Secrétaire général des Nations Unies Ban Ki-moon',
  ' a déclaré',
  ' M. Ban',
  ' à Moscou',
  ' en Russie',
  '.',
  ' l\u2019ONUDC',
  " l'Office des Nations Unies contre la drogue et le crime (ONUDC)",
  ' \u00ab\u00a0oui\u00a0\u00bb',
  '\n\n',
  ' Conseil de se\u0301curite\u0301',
  ' Yury Fedotov',
  ' a fait un exposé devant le Conseil de sécurité',
  ' \u{1F30D}',
  " le Directeur exécutif de l'ONUDC, Yury Fedotov,",
  ' la réunion',
  ' Ekaterinbourg',
  ' Saint-Pétersbourg',
  ', ',
];

describe('offsets into the original text', () => {
  it('hold for every mention and evidence of random French texts with odd characters', () => {
    const next = lcg(42);
    for (let round = 0; round < 40; round += 1) {
      const parts = Array.from({ length: 12 + Math.floor(next() * 20) }, () => PIECES[Math.floor(next() * PIECES.length)]!);
      const text = `Le Secrétaire général a parlé.${parts.join('')} Fin de l'article.`;
      const x = extract(text, { language: 'fr' });
      for (const e of x.entities) {
        const names = [e.name, ...e.aliases].map(normaliseName);
        for (const m of e.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.normalize('NFC').trim()).toBe(m.text.normalize('NFC'));
          if (e.type !== 'Person') expect(names.some((n) => normaliseName(m.text).endsWith(n) || n.includes(normaliseName(m.text)))).toBe(true);
        }
      }
      for (const r of x.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  }, 30_000);
});
