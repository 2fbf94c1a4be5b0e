import { describe, expect, it } from 'vitest';
import type { EntityType, ExtractedEntity, Language } from '@/lib/model';
import { slugify } from '../slug';
import { findRelationsAmong } from './index';

/** Entities given by hand, each with a mention at its first occurrence only unless `every` (as the merge may give them). */
function entities(text: string, named: [string, EntityType][], every = true): ExtractedEntity[] {
  return named.map(([name, type]) => {
    const all = [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { id: `${type.toLowerCase()}-${slugify(name)}`, name, type, aliases: [], mentions: every ? all : all.slice(0, 1) };
  });
}

function typed(text: string, language: Language, named: [string, EntityType][], every = true): string[] {
  const found = findRelationsAmong(text, language, entities(text, named, every));
  for (const r of found) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return found.map((r) => `${r.type} ${r.source} → ${r.target}`);
}

const P = 'Person' as const;
const O = 'Organization' as const;

// The first extraction loads the gazetteer: seconds on a loaded 2-core machine, past vitest's 5 s default.
describe('definite references read as the organisation last named (reference-nouns.json)', { timeout: 60_000 }, () => {
  it('"the company" and "its" in a later sentence are the company named before', () => {
    const text =
      'Harlow Systems reported higher sales on Monday. The company said it had agreed to acquire Brightwell Labs. Its chief executive, Maria Lenz, called the deal a turning point.';
    expect(
      typed(text, 'en', [
        ['Harlow Systems', O],
        ['Brightwell Labs', O],
        ['Maria Lenz', P],
      ]),
    ).toEqual(expect.arrayContaining(['ACQUIRED organization-harlow-systems → organization-brightwell-labs', 'LEADS person-maria-lenz → organization-brightwell-labs']));
  });

  it('"la biotech" is the organisation introduced as "une biotech", not the last one named', () => {
    const text =
      'Le groupe Varenne a annoncé le rachat de Nordlys Bio, une biotech cotée à Oslo. Le directeur général de Varenne, Paul Ardent, salue l’opération. La biotech est dirigée depuis 2021 par Ingrid Solberg.';
    const found = typed(text, 'fr', [
      ['Varenne', O],
      ['Nordlys Bio', O],
      ['Paul Ardent', P],
      ['Ingrid Solberg', P],
    ]);
    expect(found).toContain('LEADS person-ingrid-solberg → organization-nordlys-bio');
    expect(found).not.toContain('LEADS person-ingrid-solberg → organization-varenne');
  });

  it('a party reference goes to the last party, a company reference skips gazetteer bodies, and an introducing phrase refers to nothing', () => {
    const party = typed('Eleanor Price won for the Labour Party in Leeds. The party chairman, Tom Hale, welcomed the result.', 'en', [
      ['Labour Party', O],
      ['Eleanor Price', P],
      ['Tom Hale', P],
    ]);
    expect(party).toContain('LEADS person-tom-hale → organization-labour-party');
    const un = typed('Arcadia Foods will supply the United Nations. The company chief executive Jane Moor said so.', 'en', [
      ['Arcadia Foods', O],
      ['United Nations', O],
      ['Jane Moor', P],
    ]);
    expect(un).toContain('LEADS person-jane-moor → organization-arcadia-foods');
    // "le groupe pharmaceutique Varenne" introduces Varenne: it is not a reference back to Nordlys Bio.
    const intro = typed('Nordlys Bio grandit. Le groupe pharmaceutique Varenne a racheté Halden.', 'fr', [
      ['Nordlys Bio', O],
      ['Varenne', O],
      ['Halden', O],
    ]);
    expect(intro).toEqual(['ACQUIRED organization-varenne → organization-halden']);
  });

  it('references never become mentions, aliases or co-mentions of the entity', () => {
    const text = 'Harlow Systems grew. The company chief executive Maria Lenz spoke to Brightwell Labs.';
    const given = entities(text, [
      ['Harlow Systems', O],
      ['Maria Lenz', P],
      ['Brightwell Labs', O],
    ]);
    findRelationsAmong(text, 'en', given);
    expect(given[0]!.mentions.map((m) => m.text)).toEqual(['Harlow Systems']);
  });
});

describe('a sentence-opening pronoun', { timeout: 60_000 }, () => {
  it('is the person the sentence before named first, and nobody when no one was named', () => {
    const text = 'Maria Lenz met Tom Hale on Monday. She joined Harlow Systems in 2019.';
    expect(
      typed(text, 'en', [
        ['Maria Lenz', P],
        ['Tom Hale', P],
        ['Harlow Systems', O],
      ]),
    ).toContain('WORKS_FOR person-maria-lenz → organization-harlow-systems');
    expect(typed('Sales rose. She joined Harlow Systems in 2019.', 'en', [['Harlow Systems', O]])).toEqual([]);
  });
});

describe('recurring names', () => {
  it('a name the merge kept once is read wherever the text writes it again', () => {
    const text = 'Unite called a strike. Later, Unite general secretary Sharon Graham repeated the charge.';
    expect(
      typed(
        text,
        'en',
        [
          ['Unite', O],
          ['Sharon Graham', P],
        ],
        false,
      ),
    ).toEqual(['LEADS person-sharon-graham → organization-unite']);
  });
});

describe('leaders, members and new roles', () => {
  it('LEADS from "<org> CEO <name>" and "le PDG de <org>, <name>", not from a deputy', () => {
    expect(
      typed('Harlow Systems CEO Maria Lenz said the deal was done.', 'en', [
        ['Harlow Systems', O],
        ['Maria Lenz', P],
      ]),
    ).toEqual(['LEADS person-maria-lenz → organization-harlow-systems']);
    expect(
      typed('Le PDG de Varenne, Paul Ardent, a salué le résultat.', 'fr', [
        ['Varenne', O],
        ['Paul Ardent', P],
      ]),
    ).toEqual(['LEADS person-paul-ardent → organization-varenne']);
    expect(
      typed('Harlow Systems deputy chief executive Maria Lenz said so.', 'en', [
        ['Harlow Systems', O],
        ['Maria Lenz', P],
      ]),
    ).not.toContain('LEADS person-maria-lenz → organization-harlow-systems');
  });

  it('MEMBER_OF from "a member of", and a club, party or employer from "joined"', () => {
    expect(
      typed('Tom Hale, a member of the Green Party, voted against.', 'en', [
        ['Tom Hale', P],
        ['Green Party', O],
      ]),
    ).toEqual(['MEMBER_OF person-tom-hale → organization-green-party']);
    expect(
      typed('Maria Lenz joined Harlow Systems in 2019.', 'en', [
        ['Maria Lenz', P],
        ['Harlow Systems', O],
      ]),
    ).toEqual(['WORKS_FOR person-maria-lenz → organization-harlow-systems']);
  });
});

describe('contests and courts', () => {
  it('DEFEATED from a result line, either way round, and from "won 2-1 against"', () => {
    expect(
      typed('Harbour City 3-1 Fenwick Rovers', 'en', [
        ['Harbour City', O],
        ['Fenwick Rovers', O],
      ]),
    ).toEqual(['DEFEATED organization-harbour-city → organization-fenwick-rovers']);
    expect(
      typed('Harbour City 0-2 Fenwick Rovers', 'en', [
        ['Harbour City', O],
        ['Fenwick Rovers', O],
      ]),
    ).toEqual(['DEFEATED organization-fenwick-rovers → organization-harbour-city']);
    expect(
      typed('Le Stade Fontclair s’est imposé 2-1 face à l’AS Verrières samedi.', 'fr', [
        ['Stade Fontclair', O],
        ['AS Verrières', O],
      ]),
    ).toEqual(['DEFEATED organization-stade-fontclair → organization-as-verrieres']);
  });

  it('SENTENCED at a court, RULED_ON from a conviction, and "le tribunal" as the court named before', () => {
    expect(
      typed('Mark Dunn was jailed for six years at Southwark Crown Court on Friday.', 'en', [
        ['Mark Dunn', P],
        ['Southwark Crown Court', O],
      ]),
    ).toEqual(['SENTENCED organization-southwark-crown-court → person-mark-dunn']);
    expect(
      typed('Mark Dunn was found guilty by a jury at Southwark Crown Court.', 'en', [
        ['Mark Dunn', P],
        ['Southwark Crown Court', O],
      ]),
    ).toEqual(['RULED_ON organization-southwark-crown-court → person-mark-dunn']);
    const text = 'Le procès s’est ouvert devant le Tribunal de Nantes. Le tribunal a condamné Louis Marchal à deux ans de prison.';
    expect(
      typed(text, 'fr', [
        ['Tribunal de Nantes', O],
        ['Louis Marchal', P],
      ]),
    ).toContain('SENTENCED organization-tribunal-de-nantes → person-louis-marchal');
  });

  it('"du groupe", "du parti" are "le groupe", "le parti" contracted: the role before them ties the person', () => {
    const text = 'Varenne a annoncé un bénéfice record. Le PDG du groupe, Paul Ardent, a défendu la stratégie.';
    expect(
      typed(text, 'fr', [
        ['Varenne', O],
        ['Paul Ardent', P],
      ]),
    ).toContain('LEADS person-paul-ardent → organization-varenne');
  });

  it('"the club" is a side, never its league, and the side the last report sentence is about', () => {
    const text = 'Harlow Town beat Brightwell Rovers 2-0 in the Southern League on Saturday. The club’s captain, Sam Okafor, scored the second goal.';
    const found = typed(text, 'en', [
      ['Harlow Town', O],
      ['Brightwell Rovers', O],
      ['Southern League', O],
      ['Sam Okafor', P],
    ]);
    expect(found.filter((r) => r.startsWith('PLAYS_FOR'))).toEqual(['PLAYS_FOR person-sam-okafor → organization-harlow-town']);
  });
});
