import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/model';
import { getGazetteer } from '../gazetteer/load';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokens';
import { findAcronymDefinitions } from './acronyms';
import { findMentions } from './collect';

function mentions(text: string, language: Language = 'fr') {
  const found = findMentions({ text, tokens: tokenize(text), sentences: splitSentences(text, language), language, gazetteer: getGazetteer() });
  return found.mentions.filter((m) => !m.inner).map((m) => `${m.text}:${m.type ?? '?'}:${m.role}`);
}

describe('capitalised chunks and their cues', () => {
  it('reads names with particles and hyphens as people', () => {
    expect(mentions('Le ministre Jean-Yves Le Drian a rencontré M. Ban Ki-moon.')).toEqual(expect.arrayContaining(['Jean-Yves Le Drian:Person:name', 'Ban Ki-moon:Person:name']));
  });

  it('reads a common word after a dateline dash, a colon or a quote as a clause opener, not a name', () => {
    const determiners = (found: string[]) => found.filter((m) => /^(?:Le|Les|La|The):/u.test(m));
    expect(determiners(mentions('Lille, 4 mai 2025 – Le trafic reprend. Grève : Les syndicats appellent à « La mobilisation ».'))).toEqual([]);
    expect(determiners(mentions('LONDON, May 4 – The strike ended.', 'en'))).toEqual([]);
  });

  it('reads a group of people before a speech verb as nobody, and a name there as a person', () => {
    expect(mentions('Delegates welcomed the progress made. Fedotov welcomed it too.', 'en')).toEqual(['Fedotov:Person:bare']);
    expect(mentions('Les experts ont averti du danger.')).toEqual([]);
  });

  it('takes a person after a title or an honorific, and a lone title as a title', () => {
    expect(mentions("Le Directeur exécutif de l'ONUDC, Yury Fedotov, a parlé. Mme Dupont aussi.")).toEqual(
      expect.arrayContaining(['Yury Fedotov:Person:name', 'Dupont:Person:bare']),
    );
    expect(mentions('The Secretary-General spoke.', 'en')).toEqual(['Secretary-General:Person:title']);
  });

  it('never types a date, a weekday or a sentence-initial common word', () => {
    const found = mentions('Mercredi, le 21 Septembre 2011. Reconnaissons que Beaucoup reste à faire. On Monday, September 3, they met.', 'fr');
    expect(found.filter((m) => !m.endsWith(':?:bare'))).toEqual([]);
  });

  it('types unknown names by their head noun and French complements', () => {
    expect(mentions('La Conférence des donateurs pour le Soudan a eu lieu.')).toContain('Conférence des donateurs pour le Soudan:Event:name');
    expect(mentions("le rapport du Groupe d'experts sur le Soudan.")).toContain("Groupe d'experts sur le Soudan:Organization:name");
    expect(mentions('the Astana conference was held', 'en')).toContain('Astana conference:Event:name');
    expect(mentions('The Ministry of Foreign Affairs said.', 'en')).toContain('Ministry of Foreign Affairs:Organization:name');
  });

  it('runs French names on through their lowercase complement, stopping at the next name', () => {
    const found = mentions(
      'après la fusion du Programme des Nations Unies pour le contrôle international des drogues et de la Division de la prévention du crime et de la justice pénale.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Programme des Nations Unies pour le contrôle international des drogues:Organization:name',
        'Division de la prévention du crime et de la justice pénale:Organization:name',
      ]),
    );
  });

  it('reads a guessed name listed with a known place as a place', () => {
    expect(mentions("refugees in Cox's Bazar and Bhasan Char.", 'en')).toContain('Bhasan Char:Location:name');
  });

  it('reads numbered resolutions and descriptive documents', () => {
    expect(mentions('Par la résolution 1540 (2004), le Conseil de sécurité')).toContain('résolution 1540:Document:name');
    expect(mentions('the universal legal instruments against terrorism.', 'en')).toContain('universal legal instruments against terrorism:Document:name');
  });
});

describe('acronym definitions', () => {
  const defs = (text: string) => findAcronymDefinitions(text, tokenize(text), () => false).map((d) => [d.full.text, d.acronym.text]);

  it('finds "Full Name (ABC)" in either language, the acronym in any order of initials', () => {
    expect(defs("le Bureau des Nations Unies au Burundi (BNUB) et l'Office des Nations Unies contre la drogue et le crime (ONUDC)")).toEqual([
      ['Bureau des Nations Unies au Burundi', 'BNUB'],
      ['Office des Nations Unies contre la drogue et le crime', 'ONUDC'],
    ]);
    expect(defs('the Economic Community of Central African States (ECCAS)')).toEqual([['Economic Community of Central African States', 'ECCAS']]);
  });

  it('finds "ABC (Full Name)"', () => {
    expect(defs('ECCAS (Economic Community of Central African States) said')).toEqual([['Economic Community of Central African States', 'ECCAS']]);
  });

  it('ends a French name before a preposition that looks like an adjective ("nationale avant")', () => {
    expect(mentions("Le texte sera examiné à l'Assemblée nationale avant le vote.")).toContain('Assemblée nationale:Organization:name');
  });

  it('makes an unknown definition one entity with both names', () => {
    expect(mentions('La Force internationale de sécurité au Kosovo (KFOR) patrouille. La KFOR reste.')).toEqual(
      expect.arrayContaining(['Force internationale de sécurité au Kosovo:Organization:name', 'KFOR:Organization:name']),
    );
  });
});
