import { describe, expect, it } from 'vitest';
import type { NerMention } from '@/lib/nlp';
import { extractWithRules } from '../rule-based';
import { mergeWithModel } from './merge';
import { toModelMentions } from './model-mentions';

/** What the NER service would answer for `text`, written by hand: the merge is a pure function of it. */
function said(text: string, language: 'fr' | 'en', found: [string, string][]): NerMention[] {
  return found.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} is not in the text`);
    return { start, end: start + name.length, text: name, type, language };
  });
}

function hybrid(text: string, language: 'fr' | 'en', found: [string, string][]) {
  const rules = extractWithRules(text, { language });
  const merged = mergeWithModel(text, rules, toModelMentions(said(text, language, found), text, language), [{ start: 0, end: text.length }]);
  return { rules, merged, get: (name: string) => merged.entities.find((e) => e.name === name) };
}

// The first extraction loads the gazetteer: seconds on a loaded 2-core machine, past vitest's 5 s default.
describe('mergeWithModel', { timeout: 60_000 }, () => {
  it("takes the model's type for a name the rules guessed, and says so", () => {
    const { rules, get } = hybrid('Harlow Town signed a new coach on Monday.', 'en', [['Harlow Town', 'ORGANIZATION']]);
    expect(rules.entities.find((e) => e.name === 'Harlow Town')?.type).toBe('Person'); // the rules' guess
    expect(get('Harlow Town')).toMatchObject({ type: 'Organization', id: 'org-harlow-town', foundBy: ['rules', 'ner'], typedBy: 'ner' });
  });

  it('takes the model\'s wider place around a known one ("Northern Ireland"), not a wider place of any kind', () => {
    const ni = hybrid('He was born in Northern Ireland, in Belfast.', 'en', [
      ['Northern Ireland', 'LOCATION'],
      ['Belfast', 'LOCATION'],
    ]);
    expect(ni.rules.entities.map((e) => e.name)).toContain('Ireland'); // the gazetteer's name inside
    expect(ni.merged.entities.map((e) => e.name)).toEqual(['Northern Ireland', 'Belfast']);
    const golfe = hybrid('Un ouragan frappe le golfe du Mexique.', 'fr', [['golfe du Mexique', 'LOCATION']]);
    expect(golfe.merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['golfe du Mexique/Location']);
    // A structure named after a known place is a place of its own; a hall is a venue.
    const bridge = hybrid('Commuters were stranded at London Bridge and the Royal Albert Hall.', 'en', [
      ['London Bridge', 'LOCATION'],
      ['Royal Albert Hall', 'ORGANIZATION'],
    ]);
    expect(bridge.merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['London Bridge/Location', 'Royal Albert Hall/Location']);
    // So is a place the model reads as a known one and a capitalised word after it.
    const palisades = hybrid('Wildfires reached Pacific Palisades and Malibu.', 'en', [
      ['Pacific Palisades', 'LOCATION'],
      ['Malibu', 'LOCATION'],
    ]);
    expect(palisades.merged.entities.map((e) => e.name)).toEqual(['Pacific Palisades', 'Malibu']);
    // A venue found by its lowercase head holds the known place it is named after.
    const stade = hybrid('Le stade de France accueillera la finale.', 'fr', [['France', 'LOCATION']]);
    expect(stade.merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['stade de France/Location']);
    // A place written before a known one is two places, not one.
    const two = hybrid('Flights from Lyon Paris were cancelled.', 'en', [['Lyon Paris', 'LOCATION']]);
    expect(two.merged.entities.map((e) => e.name)).toContain('Paris');
  });

  it('joins a body named after two places, which the model reads from the second on ("Avon and Somerset Police")', () => {
    const police = hybrid('Avon and Somerset Police arrested a man in Bristol.', 'en', [
      ['Avon', 'PERSON'],
      ['Somerset Police', 'ORGANIZATION'],
      ['Bristol', 'LOCATION'],
    ]);
    expect(police.merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Avon and Somerset Police/Organization', 'Bristol/Location']);
    // An organisation of its own before "and" stays apart.
    const banks = hybrid('Barclays and Lloyds Banking Trust agreed.', 'en', [
      ['Barclays', 'ORGANIZATION'],
      ['Lloyds Banking Trust', 'ORGANIZATION'],
    ]);
    expect(banks.merged.entities.map((e) => e.name)).toEqual(['Barclays', 'Lloyds Banking Trust']);
  });

  it('cuts a party from the place it is glued to ("RN de la Somme"), and from a person the given names know', () => {
    const text = 'Jean-Philippe Tanguy, député RN de la Somme, dénonce. Le député Renaissance Sylvain Maillard a réagi.';
    const { merged } = hybrid(text, 'fr', [
      ['Jean-Philippe Tanguy', 'PERSON'],
      ['RN de la Somme', 'LOCATION'],
      ['Renaissance Sylvain Maillard', 'PERSON'],
    ]);
    expect(merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual([
      'Jean-Philippe Tanguy/Person',
      'RN/Organization',
      'Somme/Location',
      'Renaissance/Organization',
      'Sylvain Maillard/Person',
    ]);
  });

  it('reads each UN climate conference as an event of its own, and not as part of the place before it', () => {
    const text = 'Leaders gathered in Glasgow for COP26. The COP29 summit opened in Baku.';
    const { merged } = hybrid(text, 'en', [
      ['Glasgow', 'LOCATION'],
      ['Baku', 'LOCATION'],
    ]);
    expect(merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Glasgow/Location', 'COP26/Event', 'COP29/Event', 'Baku/Location']);
  });

  it('reads a one-word name followed by its region as a place ("Salisbury, Wiltshire"), not a rider and his country', () => {
    const town = hybrid('Salisbury, Wiltshire, was evacuated.', 'en', [
      ['Salisbury', 'PERSON'],
      ['Wiltshire', 'LOCATION'],
    ]);
    expect(town.merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Salisbury/Location', 'Wiltshire/Location']);
    const rider = hybrid('Le vainqueur, Tadej Pogačar (Slovénie), a attaqué.', 'fr', [
      ['Tadej Pogačar', 'PERSON'],
      ['Slovénie', 'LOCATION'],
    ]);
    expect(rider.merged.entities.map((e) => `${e.name}/${e.type}`)).toContain('Tadej Pogačar/Person');
  });

  it('finds a known "Le …" outlet where French contracts its article ("propriétaire du Parisien", "au Monde")', () => {
    const { merged } = hybrid('Bernard Arnault, propriétaire du Parisien, a déclaré au Monde que tout allait bien.', 'fr', [
      ['Bernard Arnault', 'PERSON'],
      ['Parisien', 'LOCATION'],
    ]);
    expect(merged.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Bernard Arnault/Person', 'Le Parisien/Organization', 'Le Monde/Organization']);
  });

  it("keeps the rules' place against the model's person in French, and takes the model's person in English", () => {
    const fr = hybrid('Les réfugiés vivent à Bhasan Char.', 'fr', [['Bhasan Char', 'PERSON']]);
    expect(fr.get('Bhasan Char')?.type).toBe('Location');
    const en = hybrid('Refugees live in Bhasan Char.', 'en', [['Bhasan Char', 'PERSON']]);
    expect(en.rules.entities.find((e) => e.name === 'Bhasan Char')?.type).toBe('Location');
    expect(en.get('Bhasan Char')?.type).toBe('Person');
  });

  it('keeps the gazetteer type and id against the model', () => {
    const text = "L'Office des Nations Unies contre la drogue et le crime (ONUDC) a publié son rapport à Vienne.";
    const { rules, merged } = hybrid(text, 'fr', [
      ['ONUDC', 'LOCATION'],
      ['Vienne', 'PERSON'],
    ]);
    for (const e of rules.entities.filter((x) => x.type === 'Organization' || x.type === 'Location')) {
      expect(merged.entities.find((h) => h.id === e.id)).toMatchObject({ type: e.type, typedBy: 'gazetteer' });
    }
  });

  it('adds names the rules missed, trimmed of titles, and drops generic words and pronouns', () => {
    const text = 'The agency said so, Kyodo reported. He met Council officials and President Lula da Silva.';
    const { get, merged } = hybrid(text, 'en', [
      ['Kyodo', 'ORGANIZATION'],
      ['He', 'PERSON'],
      ['Council', 'ORGANIZATION'],
      ['President Lula da Silva', 'PERSON'],
    ]);
    expect(get('Kyodo')).toMatchObject({ type: 'Organization', foundBy: ['ner'], typedBy: 'ner' });
    expect(merged.entities.map((e) => e.name)).not.toContain('He');
    expect(merged.entities.map((e) => e.name)).not.toContain('Council');
    const lula = merged.entities.find((e) => e.name.endsWith('Lula da Silva'));
    expect(lula?.name).toBe('Lula da Silva');
  });

  it('lets a wider name of another type replace the rules mention inside it', () => {
    const { get, merged } = hybrid('The striker joined Sporting Lisbon last week.', 'en', [['Sporting Lisbon', 'ORGANIZATION']]);
    expect(get('Sporting Lisbon')?.type).toBe('Organization');
    expect(merged.entities.find((e) => e.name === 'Lisbon')).toBeUndefined();
  });

  it("takes the model's extent of a name the rules only guessed, places named inside it included", () => {
    const text = 'He was sentenced by Judge Arun Subramanian at the U.S. District Court for the Southern District of New York on Friday.';
    const model: [string, string][] = [['U.S. District Court for the Southern District of New York', 'ORGANIZATION']];
    const { rules, get, merged } = hybrid(text, 'en', model);
    expect(rules.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['District Court for the Southern District of New York', 'United States']));
    expect(get('U.S. District Court for the Southern District of New York')?.type).toBe('Organization');
    expect(merged.entities.map((e) => e.name)).not.toContain('District Court for the Southern District of New York');
    expect(merged.entities.map((e) => e.name)).not.toContain('United States');
  });

  it("keeps the rules' span when the model's wider one runs on past the name", () => {
    const { get, merged } = hybrid("Le texte sera examiné par l'Assemblée nationale lundi prochain.", 'fr', [['Assemblée nationale lundi', 'ORGANIZATION']]);
    expect(get('Assemblée nationale')?.type).toBe('Organization');
    expect(merged.entities.map((e) => e.name)).not.toContain('Assemblée nationale lundi');
  });

  it('keeps the span of a gazetteer name inside a wider model name of its type', () => {
    const { get } = hybrid('Elle a enseigné à Sciences Po Lille pendant dix ans.', 'fr', [['Sciences Po Lille', 'ORGANIZATION']]);
    expect(get('Sciences Po')?.foundBy).toContain('gazetteer');
  });

  it('links an added name to the others in its sentence, and a surname to its full name', () => {
    const text = 'Angela Merkel met Olaf Scholz in Berlin. Scholz spoke first.';
    const { merged } = hybrid(text, 'en', [
      ['Olaf Scholz', 'PERSON'],
      ['Scholz', 'PERSON'],
    ]);
    const scholz = merged.entities.filter((e) => e.name.includes('Scholz'));
    expect(scholz).toHaveLength(1);
    expect(scholz[0]!.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
    expect(merged.relations.some((r) => r.source === scholz[0]!.id || r.target === scholz[0]!.id)).toBe(true);
  });

  it('splits a party glued to a person: the person keeps the name, the party word its own entity', () => {
    const text = 'Labour won the seat. Labour said so. The seat was held by Labour MP Mike Amesbury until May.';
    const { merged, get } = hybrid(text, 'en', [
      ['Labour', 'ORGANIZATION'],
      ['Mike Amesbury', 'PERSON'],
    ]);
    expect(get('Mike Amesbury')).toMatchObject({ type: 'Person', aliases: [] });
    expect(get('Mike Amesbury')!.mentions.map((m) => m.text)).toEqual(['Mike Amesbury']);
    expect(get('Labour')?.type).toBe('Organization');
    expect(merged.entities.map((e) => e.name)).not.toContain('Labour MP Mike Amesbury');
  });

  it('keeps a given name the model left out of a person ("Marine Le Pen" read as "Le Pen"), and still splits a party off', () => {
    const text = 'The court barred Marine Le Pen from running. Renaissance Paul Verrier did not comment.';
    const { merged, get } = hybrid(text, 'en', [
      ['Le Pen', 'PERSON'],
      ['Paul Verrier', 'PERSON'],
    ]);
    expect(get('Marine Le Pen')).toMatchObject({ type: 'Person' });
    expect(merged.entities.map((e) => e.name)).not.toContain('Le Pen');
    expect(get('Paul Verrier')).toMatchObject({ type: 'Person' });
  });

  it('takes a short name out of a longer one when the model reads it as a name of its own', () => {
    const text = 'NHS England will be abolished, the minister said. NHS England staff were told. The NHS will take over.';
    const nhs = text.lastIndexOf('NHS');
    const rules = extractWithRules(text, { language: 'en' });
    const model = toModelMentions(
      [...said(text, 'en', [['NHS England', 'ORGANIZATION']]), { start: nhs, end: nhs + 3, text: 'NHS', type: 'ORGANIZATION', language: 'en' }],
      text,
      'en',
    );
    const merged = mergeWithModel(text, rules, model, [{ start: 0, end: text.length }]);
    const england = merged.entities.find((e) => e.name === 'NHS England')!;
    expect(england.aliases).not.toContain('NHS');
    expect(england.mentions.map((m) => m.start)).not.toContain(nhs);
    expect(merged.entities.find((e) => e.name === 'NHS')?.mentions.map((m) => m.start)).toEqual([nhs]);
  });
  it("keeps a person whose surname is also a country's name whole: the given name says it is one name", () => {
    const { rules, get, merged } = hybrid("Le président d'Arianespace, Stéphane Israël, a salué un lancement réussi.", 'fr', [['Stéphane Israël', 'PERSON']]);
    expect(rules.entities.some((e) => e.type === 'Location' && e.name === 'Israel')).toBe(true); // the rules' reading
    expect(get('Stéphane Israël')).toMatchObject({ type: 'Person' });
    expect(merged.entities.filter((e) => e.type === 'Location')).toEqual([]);
  });
  it("drops the place inside a treaty's name, where the rules read both the treaty and the place", () => {
    const { rules, merged } = hybrid('Le traité de Lisbonne est entré en vigueur en 2009.', 'fr', [['Lisbonne', 'LOCATION']]);
    expect(rules.entities.map((e) => e.type).sort()).toEqual(['Document', 'Location']); // the rules' reading
    expect(merged.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Document:traité de Lisbonne']);
  });
  it('reads a model span over a blank line as two names, each with the type the model gave', () => {
    // A headline without a full stop, then the lead: CoreNLP tags "Spurs\n\nArsenal" as one organisation.
    const text = 'Cup final goes to extra time against Spurs\n\nArsenal won on penalties at Wembley on Sunday.';
    const start = text.indexOf('Spurs');
    const model = toModelMentions([{ start, end: text.indexOf(' won'), text: 'Spurs\n\nArsenal', type: 'ORGANIZATION', language: 'en' }], text, 'en');
    expect(model.map((m) => [m.text, m.type])).toEqual([
      ['Spurs', 'Organization'],
      ['Arsenal', 'Organization'],
    ]);
  });
  it('drops a lone dictionary word the model read at a sentence start, and keeps a town there', () => {
    const text = 'Publié le 3 juin 2025\nVenu présenter le rapport, le ministre a parlé. Lille accueillera le sommet.';
    const { get } = hybrid(text, 'fr', [
      ['Publié', 'LOCATION'],
      ['Venu', 'LOCATION'],
      ['Lille', 'LOCATION'],
    ]);
    expect(get('Publié')).toBeUndefined();
    expect(get('Venu')).toBeUndefined();
    expect(get('Lille')).toMatchObject({ type: 'Location' });
  });

  it.each([
    ['Airbus a annoncé des embauches.', 'Airbus', true],
    ['Orange et Bouygues ont signé un accord.', 'Orange', true],
    ['Total : le bilan du trimestre.', 'Total', false], // no verb, no name joined: the common word
  ] as const)('at a sentence start, keeps a dictionary word as a company only with a verb or a name after it: %s', (text, name, kept) => {
    const { get } = hybrid(text, 'fr', [[name, 'ORGANIZATION']]);
    if (kept) expect(get(name)).toMatchObject({ type: 'Organization' });
    else expect(get(name)).toBeUndefined();
  });

  it("types a work's title from its work noun over the model's organisation, and says the word list typed it", () => {
    const { get } = hybrid('Mara Quinn won the award for her novel Tidewater on Tuesday.', 'en', [
      ['Mara Quinn', 'PERSON'],
      ['Tidewater', 'ORGANIZATION'],
    ]);
    expect(get('Tidewater')).toMatchObject({ type: 'Document', typedBy: 'lexicon' });
    expect(get('Tidewater')!.foundBy).toEqual(expect.arrayContaining(['ner', 'lexicon']));
  });

  it('keeps a listed league whole where the rules cut a title off it and took the rest for another name', () => {
    // The rules strip "Premier" (a title) and read the "League" left as the Champions League named later.
    const text = 'Arsenal went top of the Premier League on Sunday. Arsenal host Sevilla in the Champions League on Tuesday.';
    const { rules, get } = hybrid(text, 'en', []);
    expect(rules.entities.find((e) => e.name === 'Champions League')?.mentions.map((m) => m.text)).toContain('League');
    expect(get('Premier League')).toMatchObject({ type: 'Organization' });
    expect(get('Champions League')?.mentions.map((m) => m.text)).toEqual(['Champions League']);
  });

  it.each([
    ['Her publisher, Jonathan Cape, said sales had tripled.', 'Jonathan Cape', 'Organization'],
    ['The retailer John Lewis cut its prices.', 'John Lewis', 'Organization'],
    ['A spokesperson for the union, Sharon Graham, said no.', 'Sharon Graham', 'Person'],
    ['The union leader Sharon Graham said no.', 'Sharon Graham', 'Person'],
  ] as const)('types a name by the organisation noun right before it, over a given name: %s', (text, name, type) => {
    const { get } = hybrid(text, 'en', [[name, 'PERSON']]);
    expect(get(name)).toMatchObject({ type });
  });

  it('keeps the Tour de France whole, as an event, not France', () => {
    const { get } = hybrid('Tadej Pogačar a remporté le Tour de France dimanche.', 'fr', [
      ['Tadej Pogačar', 'PERSON'],
      ['France', 'LOCATION'],
    ]);
    expect(get('Tour de France')).toMatchObject({ type: 'Event' });
    expect(get('France')).toBeUndefined();
  });
  it('reads "Le Paris Saint-Germain" at a sentence start as the club, without its article', () => {
    const text = 'Le Paris Saint-Germain a battu Angers samedi. Le club est champion.';
    const { merged } = hybrid(text, 'fr', [
      ['Le Paris Saint-Germain', 'ORGANIZATION'],
      ['Angers', 'LOCATION'],
    ]);
    expect(merged.entities.filter((e) => /Paris/u.test(e.name)).map((e) => `${e.name}:${e.type}`)).toEqual(['Paris Saint-Germain:Organization']);
  });
  it('cuts a model span that runs on from a known name in lowercase words ("PSG champion de France")', () => {
    const text = 'Ligue 1 : le PSG champion de France après sa victoire contre Angers';
    const { merged } = hybrid(text, 'fr', [['PSG champion de France', 'ORGANIZATION']]);
    // Under its full name since "PSG" is a listed short form (organisation-short-forms.json).
    expect(merged.entities.find((e) => e.name === 'Paris Saint-Germain')?.aliases).toContain('PSG');
    expect(merged.entities.map((e) => e.name)).not.toContain('PSG champion de France');
  });
  it('reads "en battant Angers" in a league report as the club, not the town the model says', () => {
    const { get } = hybrid('Le PSG a remporté la Ligue 1 samedi en battant Angers (1-0).', 'fr', [['Angers', 'LOCATION']]);
    expect(get('Angers')).toMatchObject({ type: 'Organization' });
  });
  it('reads a town next to a score or after "face à" as its club, and its other bare mentions too; "à Vernay" stays the town', () => {
    const text = "Ligue 1 : Fontclair s'impose face à Dalby (2-1). Dalby a réduit l'écart en fin de match. Le prochain match se joue à Vernay (3-0 à l'aller).";
    // Every occurrence, as CoreNLP would tag each (said() takes the first only).
    const ner = ['Fontclair', 'Dalby', 'Vernay'].flatMap((name) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name, type: 'LOCATION', language: 'fr' as const })),
    );
    const merged = mergeWithModel(text, extractWithRules(text, { language: 'fr' }), toModelMentions(ner, text, 'fr'), [{ start: 0, end: text.length }]);
    const typeOf = (name: string) => merged.entities.filter((e) => e.name === name).map((e) => e.type);
    expect(typeOf('Fontclair')).toEqual(['Organization']);
    expect(typeOf('Dalby'), 'both mentions are the club: one entity').toEqual(['Organization']);
    expect(merged.entities.find((e) => e.name === 'Dalby')?.mentions).toHaveLength(2);
    expect(typeOf('Vernay')).toEqual(['Location']);
  });
  it('"les Toulousains" is the club in a match report, nobody elsewhere; "Le Parisien" stays the newspaper', () => {
    const sport = 'Ligue 1 : le Toulouse FC a battu Angers. Les Toulousains ont ouvert le score avant la pause.';
    const inSport = hybrid(sport, 'fr', [
      ['Toulouse FC', 'ORGANIZATION'],
      ['Toulousains', 'ORGANIZATION'],
    ]);
    expect(inSport.get('Toulousains')).toBeUndefined();
    expect(inSport.get('Toulouse FC')?.mentions.map((m) => m.text)).toContain('Toulousains');
    const local = 'Les Toulousains ont voté dimanche, selon Le Parisien.';
    const elsewhere = hybrid(local, 'fr', [
      ['Toulousains', 'ORGANIZATION'],
      ['Le Parisien', 'ORGANIZATION'],
    ]);
    expect(elsewhere.get('Toulousains')).toBeUndefined();
    expect(elsewhere.merged.entities.map((e) => e.name)).toContain('Le Parisien');
  });
  it('types a law, a bill or a treaty by its last (en) or first (fr) word against the model; a legislature is an organisation', () => {
    const en = hybrid('MPs backed the Kestrel Rights Bill and the Fontclair Agreement on Tuesday.', 'en', [
      ['Kestrel Rights Bill', 'PERSON'],
      ['Fontclair Agreement', 'LOCATION'],
    ]);
    expect(en.get('Kestrel Rights Bill')).toMatchObject({ type: 'Document', typedBy: 'lexicon' });
    expect(en.get('Fontclair Agreement')).toMatchObject({ type: 'Document' });
    const fr = hybrid("Le texte sera examiné à l'Assemblée nationale avant le Traité de Fontclair.", 'fr', [
      ['Assemblée nationale', 'LOCATION'],
      ['Traité de Fontclair', 'LOCATION'],
    ]);
    expect(fr.get('Assemblée nationale')).toMatchObject({ type: 'Organization' });
    expect(fr.get('Traité de Fontclair')).toMatchObject({ type: 'Document' });
  });
  it('keeps a listed company that opens a sentence before a comma, and types it against the model ("Meta" read as a person)', () => {
    const fr = hybrid("Vivendi, l'actionnaire majoritaire du groupe, a confirmé l'opération.", 'fr', [['Vivendi', 'ORGANIZATION']]);
    expect(fr.get('Vivendi')).toMatchObject({ type: 'Organization', typedBy: 'lexicon' });
    const en = hybrid('Instagram, the app owned by Meta, launched a feature. Meta said it was pleased.', 'en', [
      ['Instagram', 'ORGANIZATION'],
      ['Meta', 'PERSON'],
    ]);
    expect(en.get('Meta')).toMatchObject({ type: 'Organization' });
  });
  it('reads "Fontclair 2-1 Dalby" and "a draw with Dalby" in a league report as clubs', () => {
    const text = 'Premier League: Fontclair 2-1 Vernay, and Kestrel had a draw with Dalby on Sunday.';
    const { get } = hybrid(text, 'en', [
      ['Vernay', 'LOCATION'],
      ['Dalby', 'LOCATION'],
    ]);
    expect(get('Vernay')).toMatchObject({ type: 'Organization' });
    expect(get('Dalby')).toMatchObject({ type: 'Organization' });
  });
});
