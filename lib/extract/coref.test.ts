import { describe, expect, it } from 'vitest';
import { extract } from './index';

const people = (text: string, language: 'fr' | 'en' = 'fr') =>
  extract(text, { language })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' / ')}`);

describe('coreference within an article', () => {
  it('joins "M. Ban", "Ban" and "le Secrétaire général" to the Secretary-General introduced earlier', () => {
    const text = 'Le Secrétaire général des Nations Unies Ban Ki-moon a parlé. M. Ban a ajouté que Ban restait confiant. Le Secrétaire général a conclu.';
    expect(people(text)).toEqual(['person-ban-ki-moon: Ban Ki-moon / Ban / Ban / Secrétaire général']);
  });

  it('gives no one a title held by someone else: "l\'ancien Secrétaire général" is not the Secretary-General', () => {
    const text = "Le Secrétaire général des Nations Unies Ban Ki-moon a parlé. L'ancien Secrétaire général a répondu le lendemain.";
    expect(people(text)).toEqual(['person-ban-ki-moon: Ban Ki-moon']);
  });

  it('joins "l\'Office" to the office named before and its acronym', () => {
    const x = extract("L'Office des Nations Unies contre la drogue et le crime (ONUDC) publie un rapport. L'Office et l'ONUDC insistent.", { language: 'fr' });
    const unodc = x.entities.find((e) => e.id === 'org-unodc');
    expect(unodc?.mentions.map((m) => m.text)).toEqual(['Office des Nations Unies contre la drogue et le crime', 'ONUDC', 'Office', 'ONUDC']);
  });

  it('keeps two people with one surname apart and gives a bare surname to the nearest', () => {
    const text = 'John Smith met Jane Smith in London. Later, Mr. Smith said the talks went well.';
    expect(people(text, 'en')).toEqual(['person-john-smith: John Smith', 'person-jane-smith: Jane Smith / Smith']);
  });

  it('does not promote a bare surname to a full name the article never gives', () => {
    expect(people('M. Fedotov a parlé à Vienne.')).toEqual(['person-fedotov: Fedotov']);
  });

  it('gives one entity per id even when two routes reach it', () => {
    const x = extract('The Economic Community of Central African States (ECCAS) met. Economic Community of Central African States officials spoke.', { language: 'en' });
    const ids = x.entities.map((e) => e.id);
    expect(ids.filter((id) => id === 'org-economic-community-of-central-african-states')).toHaveLength(1);
  });

  it('keeps the city and the university of Saint Petersburg apart', () => {
    const ids = extract("Il enseigne à l'Université d'État de Saint-Pétersbourg, à Saint-Pétersbourg.", { language: 'fr' }).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['org-saint-petersburg-state-university', 'loc-saint-petersburg']));
  });
});
