import { describe, expect, it } from 'vitest';
import type { NerMention } from '@/lib/nlp';
import { institutionMentions } from './institutions';
import { toModelMentions } from './model-mentions';

describe('French institutions with a lowercase head (institution-heads.json)', () => {
  it('finds courts, ministries and councils up to their capitalised end, and fixed names', () => {
    const text =
      "Le tribunal correctionnel de Nantes a jugé. Le tribunal de Bobigny aussi, et le conseil de prud'hommes de Paris. Le ministère de la Santé et des Solidarités répond. Le conseil municipal de Lille a élu. Le parquet national financier enquête.";
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual([
      'tribunal correctionnel de Nantes:Organization',
      'tribunal de Bobigny:Organization',
      "conseil de prud'hommes de Paris:Organization",
      'ministère de la Santé et des Solidarités:Organization',
      'conseil municipal de Lille:Organization',
      'parquet national financier:Organization',
    ]);
  });

  it('finds hospitals and schools named straight after their head, with their town, and the CHU of a town', () => {
    const text = "Le CHU de Nantes et l'hôpital Necker ont été saisis. Le lycée Victor-Hugo est fermé. La clinique Pasteur de Toulouse recrute. L'hôpital public manque de lits.";
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual([
      'CHU de Nantes:Organization',
      'hôpital Necker:Organization',
      'lycée Victor-Hugo:Organization',
      'clinique Pasteur de Toulouse:Organization',
    ]);
  });

  it('wants a capitalised name after "de": "le ministère de tutelle" is no institution', () => {
    expect(institutionMentions('Le ministère de tutelle a refusé, comme la mairie de quartier.', 'fr')).toEqual([]);
  });
});

describe('French laws and treaties with a lowercase head', () => {
  it("finds a treaty named after a place the gazetteer knows and a law named after its author; not a company's deal", () => {
    const text = "L'accord de Paris tient. Le traité de Lisbonne aussi. Les sénateurs ont voté la loi Duplomb. Un accord de Sanofi avec Blueprint.";
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual(['accord de Paris:Document', 'traité de Lisbonne:Document', 'loi Duplomb:Document']);
  });
});

describe('French venues and buildings with a lowercase head', () => {
  it('finds stadiums, churches, castles and forests, and not a head inside a hyphenated name ("le Vieux-Port de Marseille")', () => {
    const text = "Au stade Geoffroy-Guichard, puis à l'église Saint-Sulpice. Le château de Versailles et la forêt de Brocéliande. Le Vieux-Port de Marseille.";
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual([
      'stade Geoffroy-Guichard:Location',
      'église Saint-Sulpice:Location',
      'château de Versailles:Location',
      'forêt de Brocéliande:Location',
    ]);
  });
});

describe('names found by their head stop at a line break', () => {
  it('reads "au Parc des Princes" at the end of a headline without the dateline below it', () => {
    const text = 'Ligue 1 : le PSG domine Lens au Parc des Princes\n\nPARIS — Le Paris Saint-Germain a gagné.';
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual(['Parc des Princes:Location']);
  });
});

describe('French places with a lowercase head', () => {
  it('finds streets, squares and hills, and not "à la place de" a person nor any of it in English', () => {
    const text = 'Dans la rue Lepic, sur la butte Montmartre, puis place de la République. Il a pris la place de Martin. Le col du Tourmalet attend.';
    expect(institutionMentions(text, 'fr').map((m) => `${m.text}:${m.type}`)).toEqual([
      'rue Lepic:Location',
      'butte Montmartre:Location',
      'place de la République:Location',
      'col du Tourmalet:Location',
    ]);
    expect(institutionMentions('The park Avenue plan.', 'en')).toEqual([]);
  });
});

describe('model mentions', () => {
  it('drop nationality words, singular or plural', () => {
    const text = 'Le Belge et les Iraniens.';
    const read = toModelMentions(
      [
        { start: 3, end: 8, text: 'Belge', type: 'LOCATION', language: 'fr' },
        { start: 16, end: 24, text: 'Iraniens', type: 'LOCATION', language: 'fr' },
      ],
      text,
      'fr',
    );
    expect(read).toEqual([]);
  });

  it('drop a title opened by a capitalised determiner: "La ministre du Travail" is no organisation', () => {
    const text = 'La ministre du Travail, Claire Aubin, parle.';
    const mentions = toModelMentions([{ start: 0, end: 22, text: 'La ministre du Travail', type: 'ORGANIZATION', language: 'fr' }], text, 'fr');
    expect(mentions).toEqual([]);
    // "Le Monde" keeps its determiner: a capital follows it.
    expect(toModelMentions([{ start: 0, end: 8, text: 'Le Monde', type: 'ORGANIZATION', language: 'fr' }], 'Le Monde a révélé.', 'fr').map((m) => m.text)).toEqual(['Le Monde']);
  });
});

describe('minister portfolios', () => {
  it("are no organisations nor places: 'ministre des Transports', a French chain of portfolios, 'Transport Secretary'", () => {
    const text = 'Le ministre des Transports, Luc Serrand, a reçu la ministre du Travail, de la Santé et des Familles Claire Vidal. Transport Secretary Ann Hale agreed.';
    const at = (word: string): NerMention => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word, type: 'ORGANIZATION', language: 'fr' });
    const person = (name: string): NerMention => ({ ...at(name), type: 'PERSON' });
    const read = toModelMentions(
      [at('Transports'), at('Travail'), at('Santé'), at('Familles'), at('Transport'), person('Luc Serrand'), person('Claire Vidal'), person('Ann Hale')],
      text,
      'fr',
    );
    expect(read.map((m) => m.text)).toEqual(['Luc Serrand', 'Claire Vidal', 'Ann Hale']);
  });

  it('leave a ministry named as such to the institutions, and a person after the title to the model', () => {
    const text = 'Le ministère des Armées a confirmé, a dit le ministre des Armées Sébastien Lecornu.';
    const start = text.lastIndexOf('Sébastien');
    const read = toModelMentions([{ start, end: start + 'Sébastien Lecornu'.length, text: 'Sébastien Lecornu', type: 'PERSON', language: 'fr' }], text, 'fr');
    expect(read.map((m) => m.text)).toEqual(['Sébastien Lecornu']);
    expect(institutionMentions(text, 'fr').map((m) => m.text)).toContain('ministère des Armées');
  });
});
