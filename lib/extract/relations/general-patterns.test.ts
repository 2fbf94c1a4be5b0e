import { describe, expect, it } from 'vitest';
import type { EntityType, ExtractedEntity, Language } from '@/lib/model';
import { slugify } from '../slug';
import { findRelationsAmong } from './index';

/**
 * The general-news patterns over entities given by hand (as the hybrid gives them), so each test checks the
 * pattern and not the entity finder. Every occurrence of a name in the text is one mention.
 */
function entities(text: string, named: [string, EntityType][]): ExtractedEntity[] {
  return named.map(([name, type]) => {
    const mentions = [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { id: `${type.toLowerCase()}-${slugify(name)}`, name, type, aliases: [], mentions };
  });
}

function typed(text: string, language: Language, named: [string, EntityType][]): string[] {
  return findRelationsAmong(text, language, entities(text, named)).map((r) => `${r.type} ${r.source} → ${r.target}`);
}

const P = 'Person' as const;
const O = 'Organization' as const;
const L = 'Location' as const;
const D = 'Document' as const;

describe('roles', () => {
  it('WORKS_FOR and PLAYS_FOR from a club and a role word before the name (en)', () => {
    const text = 'Harbour City coach Maria Lenz praised her side after the final, and Harbour City goalkeeper Tom Ekberg saved two penalties in the league match.';
    expect(
      typed(text, 'en', [
        ['Harbour City', O],
        ['Maria Lenz', P],
        ['Tom Ekberg', P],
      ]),
    ).toEqual(expect.arrayContaining(['WORKS_FOR person-maria-lenz → organization-harbour-city', 'PLAYS_FOR person-tom-ekberg → organization-harbour-city']));
  });

  it('PLAYS_FOR from "le milieu brésilien du Stade Fontclair, Rafael Tavares" (fr)', () => {
    const text = 'Le milieu brésilien du Stade Fontclair, Rafael Tavares, a marqué le seul but du match.';
    expect(
      typed(text, 'fr', [
        ['Stade Fontclair', O],
        ['Rafael Tavares', P],
      ]),
    ).toContain('PLAYS_FOR person-rafael-tavares → organization-stade-fontclair');
  });

  it('SPOKESPERSON_OF, and not MEMBER_OF as well (en and fr)', () => {
    const en = typed('Dana Whitfield, spokeswoman for the Northern Dock Union, said talks had failed.', 'en', [
      ['Dana Whitfield', P],
      ['Northern Dock Union', O],
    ]);
    expect(en).toEqual(['SPOKESPERSON_OF person-dana-whitfield → organization-northern-dock-union']);
    const fr = typed('Claire Maudet, porte-parole de la Fédération Nordique, a dénoncé un accord injuste.', 'fr', [
      ['Claire Maudet', P],
      ['Fédération Nordique', O],
    ]);
    expect(fr).toEqual(['SPOKESPERSON_OF person-claire-maudet → organization-federation-nordique']);
  });

  it('"<party>\'s <name>" is MEMBER_OF; "<club>\'s <name>" is PLAYS_FOR in sport news only', () => {
    expect(
      typed("Labour's Jane Corr came second.", 'en', [
        ['Labour', O],
        ['Jane Corr', P],
      ]),
    ).toContain('MEMBER_OF person-jane-corr → organization-labour');
    const sport = "Kestrel's Omar Diallo scored twice before the break, and the league leaders won the match with a late goal.";
    expect(
      typed(sport, 'en', [
        ['Kestrel', O],
        ['Omar Diallo', P],
      ]),
    ).toContain('PLAYS_FOR person-omar-diallo → organization-kestrel');
    const business = "Kestrel's Omar Diallo presented the quarterly accounts to investors.";
    expect(
      typed(business, 'en', [
        ['Kestrel', O],
        ['Omar Diallo', P],
      ]),
    ).toContain('WORKS_FOR person-omar-diallo → organization-kestrel');
  });

  it('no PLAYS_FOR from "a former <club> player"', () => {
    const text = 'Sam Okoro, a former Harbour City player, scored the winning goal of the match in the league.';
    expect(
      typed(text, 'en', [
        ['Sam Okoro', P],
        ['Harbour City', O],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([]);
  });

  it('MEMBER_OF from "la députée <party> <name>", LEADS from "présidé par"', () => {
    const text = "Le groupe Avenir Vérac, présidé par la députée Horizons Lise Caron, s'est abstenu.";
    expect(
      typed(text, 'fr', [
        ['Avenir Vérac', O],
        ['Horizons', O],
        ['Lise Caron', P],
      ]),
    ).toEqual(expect.arrayContaining(['LEADS person-lise-caron → organization-avenir-verac', 'MEMBER_OF person-lise-caron → organization-horizons']));
  });

  it('MEMBER_OF from a party label after the role ("X, député RN de la Somme") and after adjectives ("a veteran Labour MP")', () => {
    const fr = 'Jean-Philippe Tanguy, député RN de la Somme, dénonce le texte.';
    expect(
      typed(fr, 'fr', [
        ['Jean-Philippe Tanguy', P],
        ['RN', O],
        ['Somme', L],
      ]),
    ).toContain('MEMBER_OF person-jean-philippe-tanguy → organization-rn');
    const en = 'Diane Abbott, a veteran Labour MP, objected; Jeremy Corbyn, a former Labour MP, abstained.';
    const found = typed(en, 'en', [
      ['Diane Abbott', P],
      ['Labour', O],
      ['Jeremy Corbyn', P],
    ]);
    expect(found).toContain('MEMBER_OF person-diane-abbott → organization-labour');
    expect(found).not.toContain('MEMBER_OF person-jeremy-corbyn → organization-labour');
    // The label ends the role: a chief economist for a country is nobody's leader.
    expect(
      typed('Paul Dales, chief UK economist at Harbour Economics, said.', 'en', [
        ['Paul Dales', P],
        ['UK', L],
        ['Harbour Economics', O],
      ]),
    ).not.toContain('LEADS person-paul-dales → location-uk');
  });

  it('HELD_IN with a head noun after the event\'s name ("The COP29 summit opened in Baku")', () => {
    expect(
      typed('The COP29 summit opened in Baku on Monday.', 'en', [
        ['COP29', 'Event'],
        ['Baku', L],
      ]),
    ).toContain('HELD_IN event-cop29 → location-baku');
  });

  it('MEMBER_OF a party named in brackets after a person ("Raphaël Glucksmann (Place publique)")', () => {
    const text = 'Raphaël Glucksmann (Place publique) mène la liste.';
    expect(
      typed(text, 'fr', [
        ['Raphaël Glucksmann', P],
        ['Place publique', O],
      ]),
    ).toContain('MEMBER_OF person-raphael-glucksmann → organization-place-publique');
  });

  it('no ELECTED_TO a party from "député du <party>": a member of it', () => {
    const text = 'Sébastien Chenu, député du Rassemblement national, dénonce.';
    const found = typed(text, 'fr', [
      ['Sébastien Chenu', P],
      ['Rassemblement national', O],
    ]);
    expect(found).toContain('MEMBER_OF person-sebastien-chenu → organization-rassemblement-national');
    expect(found).not.toContain('ELECTED_TO person-sebastien-chenu → organization-rassemblement-national');
  });
});

describe('roles: appointments, "whose", "chez", "à la tête de" put first, and a fronted "its"', () => {
  const people = (text: string, language: Language, named: [string, EntityType][]) => typed(text, language, named).filter((r) => /^(LEADS|WORKS_FOR)/.test(r));
  it('LEADS from an appointment and from "whose chief executive is"', () => {
    expect(
      people('Harbour Foods named Jane Okafor as its chief executive on Monday.', 'en', [
        ['Harbour Foods', O],
        ['Jane Okafor', P],
      ]),
    ).toEqual(['LEADS person-jane-okafor → organization-harbour-foods']);
    expect(
      people('Verac Industrie a nommé Paul Mercier directeur général.', 'fr', [
        ['Verac Industrie', O],
        ['Paul Mercier', P],
      ]),
    ).toEqual(['LEADS person-paul-mercier → organization-verac-industrie']);
    expect(
      people('Harbour Foods, whose chief executive is Jane Okafor, complained.', 'en', [
        ['Harbour Foods', O],
        ['Jane Okafor', P],
      ]),
    ).toEqual(['LEADS person-jane-okafor → organization-harbour-foods']);
  });

  it('LEADS from "Chez X, le directeur général Y" and from "Élu à la tête de X en 2023, Y"', () => {
    expect(
      people('Chez Verac Industrie, le directeur général Paul Mercier a démissionné.', 'fr', [
        ['Verac Industrie', O],
        ['Paul Mercier', P],
      ]),
    ).toEqual(['LEADS person-paul-mercier → organization-verac-industrie']);
    expect(
      people('Élu à la tête de la Fédération Verac en 2023, Paul Mercier promet.', 'fr', [
        ['Fédération Verac', O],
        ['Paul Mercier', P],
      ]),
    ).toEqual(['LEADS person-paul-mercier → organization-federation-verac']);
  });

  it('reads a fronted "its" forward, to the organisation after the comma, and an "its" after one named back', () => {
    const text = 'Harbour Foods grew. Under its chief executive Jane Okafor, Verac Industrie cut jobs.';
    expect(
      people(text, 'en', [
        ['Harbour Foods', O],
        ['Jane Okafor', P],
        ['Verac Industrie', O],
      ]),
    ).toEqual(['LEADS person-jane-okafor → organization-verac-industrie']);
  });
});

describe("a scorers' line", () => {
  it('PLAYS_FOR for each player listed with a minute before "pour"/"for" the club', () => {
    const text = 'Buts : Tom Ekberg (23e), Paul Mercier (78e) pour Harbour City ; Jan Okafor (40e) pour Verac.';
    expect(
      typed(text, 'fr', [
        ['Tom Ekberg', P],
        ['Paul Mercier', P],
        ['Harbour City', O],
        ['Jan Okafor', P],
        ['Verac', O],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([
      'PLAYS_FOR person-tom-ekberg → organization-harbour-city',
      'PLAYS_FOR person-paul-mercier → organization-harbour-city',
      'PLAYS_FOR person-jan-okafor → organization-verac',
    ]);
  });
});

describe('ownership', () => {
  const owns = (text: string, language: Language, named: [string, EntityType][]) => typed(text, language, named).filter((r) => r.startsWith('OWNS'));
  it('OWNS from "propriété de", "détenu par le groupe X", "a Meta subsidiary", "the Murdoch-owned Sun" and "Chelsea\'s American owner"', () => {
    expect(
      owns('Le Courrier de Verac, propriété de Fontclair Médias, change de directeur.', 'fr', [
        ['Le Courrier de Verac', O],
        ['Fontclair Médias', O],
      ]),
    ).toEqual(['OWNS organization-fontclair-medias → organization-le-courrier-de-verac']);
    expect(
      owns('Le Courrier de Verac, détenu par le groupe Fontclair, fait grève.', 'fr', [
        ['Le Courrier de Verac', O],
        ['Fontclair', O],
      ]),
    ).toEqual(['OWNS organization-fontclair → organization-le-courrier-de-verac']);
    expect(
      owns('Pixelgram, a Harbour Media subsidiary, launched a feature.', 'en', [
        ['Pixelgram', O],
        ['Harbour Media', O],
      ]),
    ).toEqual(['OWNS organization-harbour-media → organization-pixelgram']);
    expect(
      owns('The Okafor-owned Verac Herald apologised.', 'en', [
        ['Okafor', P],
        ['Verac Herald', O],
      ]),
    ).toEqual(['OWNS person-okafor → organization-verac-herald']);
    expect(
      owns("Harbour City's American owner Tom Ekberg sacked the manager.", 'en', [
        ['Harbour City', O],
        ['Tom Ekberg', P],
      ]),
    ).toEqual(['OWNS person-tom-ekberg → organization-harbour-city']);
  });
});

describe('business', () => {
  it('ACQUIRED (en and fr) and OWNS from a subsidiary', () => {
    expect(
      typed('Vireo Systems said it had agreed to buy Lumen Data for $2.5 billion.', 'en', [
        ['Vireo Systems', O],
        ['Lumen Data', O],
      ]),
    ).toContain('ACQUIRED organization-vireo-systems → organization-lumen-data');
    expect(
      typed('Le groupe Danel rachète la start-up Altavia pour 80 millions d’euros.', 'fr', [
        ['Danel', O],
        ['Altavia', O],
      ]),
    ).toContain('ACQUIRED organization-danel → organization-altavia');
    expect(
      typed('Brightwater, a subsidiary of Halden Group, cut 200 jobs.', 'en', [
        ['Brightwater', O],
        ['Halden Group', O],
      ]),
    ).toContain('OWNS organization-halden-group → organization-brightwater');
  });
});

describe('contests', () => {
  it('DEFEATED from a result (en, fr) and from "after defeat by"', () => {
    expect(
      typed('Northfield Rovers beat Castleford Town 3-1 on Saturday.', 'en', [
        ['Northfield Rovers', O],
        ['Castleford Town', O],
      ]),
    ).toContain('DEFEATED organization-northfield-rovers → organization-castleford-town');
    expect(
      typed("Le Stade Fontclair a battu l'Union Sarlat 24-10 dimanche.", 'fr', [
        ['Stade Fontclair', O],
        ['Union Sarlat', O],
      ]),
    ).toContain('DEFEATED organization-stade-fontclair → organization-union-sarlat');
    expect(
      typed('For Kestrel it was a second lost final, after defeat by Northfield Rovers in 2021.', 'en', [
        ['Kestrel', O],
        ['Northfield Rovers', O],
      ]),
    ).toContain('DEFEATED organization-northfield-rovers → organization-kestrel');
  });

  it('MEMBER_OF from a party role a deputy holds: "X, Labour\'s deputy leader", "Labour deputy leader X"', () => {
    const named: [string, EntityType][] = [
      ['Hanna Weil', P],
      ['Labour', O],
    ];
    expect(typed("Hanna Weil, Labour's deputy leader, spoke first.", 'en', named)).toContain('MEMBER_OF person-hanna-weil → organization-labour');
    expect(typed('Labour deputy leader Hanna Weil spoke first.', 'en', named)).toContain('MEMBER_OF person-hanna-weil → organization-labour');
  });

  it('no one is elected to a party: "réélu à la tête du RN" leads it', () => {
    const found = typed('Paul Renard a été réélu à la tête du RN samedi.', 'fr', [
      ['Paul Renard', P],
      ['RN', O],
    ]);
    expect(found.filter((r) => r.startsWith('ELECTED_TO'))).toEqual([]);
    expect(found).toContain('LEADS person-paul-renard → organization-rn');
  });

  it('the side named with its coach wins, not the coach: "Le Stade Fontclair de Marc Ollier a battu…"', () => {
    const named: [string, EntityType][] = [
      ['Stade Fontclair', O],
      ['Union Sarlat', O],
      ['Marc Ollier', P],
    ];
    const beat = typed("Le Stade Fontclair de Marc Ollier a battu l'Union Sarlat 24-10.", 'fr', named).filter((r) => r.startsWith('DEFEATED'));
    expect(beat).toEqual(['DEFEATED organization-stade-fontclair → organization-union-sarlat']);
    const won = typed("Le Stade Fontclair de Marc Ollier s'est imposé face à l'Union Sarlat.", 'fr', named).filter((r) => r.startsWith('DEFEATED'));
    expect(won).toEqual(['DEFEATED organization-stade-fontclair → organization-union-sarlat']);
  });

  it('ELECTED_TO a seat (en) and a town (fr), LEADS from "élu maire de"', () => {
    expect(
      typed('Priya Nandan won the seat of Eastmoor with 52 per cent of the vote.', 'en', [
        ['Priya Nandan', P],
        ['Eastmoor', L],
      ]),
    ).toContain('ELECTED_TO person-priya-nandan → location-eastmoor');
    expect(
      typed('Paul Garnier a été élu maire de Vérac vendredi.', 'fr', [
        ['Paul Garnier', P],
        ['Vérac', L],
      ]),
    ).toEqual(expect.arrayContaining(['ELECTED_TO person-paul-garnier → location-verac', 'LEADS person-paul-garnier → location-verac']));
  });
});

describe('justice', () => {
  it('SENTENCED only by a court, CHARGED by prosecutors (fr) and the police (en), RULED_ON', () => {
    expect(
      typed('Le tribunal correctionnel de Vannes a condamné jeudi Luc Brenner à deux ans de prison.', 'fr', [
        ['tribunal correctionnel de Vannes', O],
        ['Luc Brenner', P],
      ]),
    ).toContain('SENTENCED organization-tribunal-correctionnel-de-vannes → person-luc-brenner');
    expect(
      typed('Le parquet de Lorient avait requis trois ans contre Luc Brenner.', 'fr', [
        ['parquet de Lorient', O],
        ['Luc Brenner', P],
      ]),
    ).toContain('CHARGED organization-parquet-de-lorient → person-luc-brenner');
    expect(
      typed('Sam Reed was charged by the Metropolitan Police on Friday.', 'en', [
        ['Sam Reed', P],
        ['Metropolitan Police', O],
      ]),
    ).toContain('CHARGED organization-metropolitan-police → person-sam-reed');
    expect(
      typed('The Supreme Court rejected the appeal of Mark Dyer.', 'en', [
        ['Supreme Court', O],
        ['Mark Dyer', P],
      ]),
    ).toContain('RULED_ON organization-supreme-court → person-mark-dyer');
    expect(
      typed('The Harbour Party rejected the plan of Mark Dyer.', 'en', [
        ['Harbour Party', O],
        ['Mark Dyer', P],
      ]),
    ).toEqual([]);
  });
});

describe('visits, works and places', () => {
  it('VISITED (en, fr), PUBLISHED a novel or a film, LOCATED_IN for places the gazetteer does not know', () => {
    expect(
      typed('Helen Marsh visited Kandor on Tuesday.', 'en', [
        ['Helen Marsh', P],
        ['Kandor', L],
      ]),
    ).toContain('VISITED person-helen-marsh → location-kandor');
    expect(
      typed('Paul Garnier s’est rendu à Vérac lundi.', 'fr', [
        ['Paul Garnier', P],
        ['Vérac', L],
      ]),
    ).toContain('VISITED person-paul-garnier → location-verac');
    expect(
      typed('Ana Ruiz won the prize for her debut novel, Salt Lines, on Tuesday.', 'en', [
        ['Ana Ruiz', P],
        ['Salt Lines', D],
      ]),
    ).toContain('PUBLISHED person-ana-ruiz → document-salt-lines');
    expect(
      typed('Le jury a salué « Les Nuits claires » du réalisateur Jonas Ek.', 'fr', [
        ['Les Nuits claires', D],
        ['Jonas Ek', P],
      ]),
    ).toContain('PUBLISHED person-jonas-ek → document-les-nuits-claires');
    expect(
      typed('The concert was held at the Corran Arena in Dalby.', 'en', [
        ['Corran Arena', L],
        ['Dalby', L],
      ]),
    ).toContain('LOCATED_IN location-corran-arena → location-dalby');
  });

  it('keeps evidence offsets in the original text when it has curly apostrophes and non-breaking spaces', () => {
    const text = 'Intro line.\u00a0Kestrel\u2019s Omar Diallo scored in the league match before the final goal.';
    const [r] = findRelationsAmong(
      text,
      'en',
      entities(text, [
        ['Kestrel', O],
        ['Omar Diallo', P],
      ]),
    );
    expect(r!.evidence[0]).toEqual({ start: 12, end: text.length, text: text.slice(12) });
  });
});

describe('a verb, then words describing its object, then the name', () => {
  it.each([
    ['en', 'Harbour City beat Welsh side Port Talbot Rovers 3-1 on Saturday.', ['Harbour City', O], ['Port Talbot Rovers', O], 'DEFEATED'],
    ['fr', 'Mireille Dalbard a rencontré le président ukrainien Volodymyr Zelensky à Kyiv.', ['Mireille Dalbard', P], ['Volodymyr Zelensky', P], 'MET_WITH'],
    ['en', 'Tom Ekberg joined Danish champions Nordvik FC in June.', ['Tom Ekberg', P], ['Nordvik FC', O], 'AFFILIATION'],
  ] as const)('%s: %s', (language, text, source, target, type) => {
    const found = typed(text, language, [[...source], [...target]]).filter((r) => !r.startsWith('CO_MENTIONED'));
    expect(found).toHaveLength(1);
    if (type !== 'AFFILIATION') expect(found[0]).toMatch(new RegExp(`^${type} `));
  });

  it('reads no defeat of the team a run of defeats was against', () => {
    const text = 'Harbour City won at Port Talbot Rovers, ending a run of 12 straight defeats against Nordvik FC.';
    expect(
      typed(text, 'en', [
        ['Port Talbot Rovers', O],
        ['Nordvik FC', O],
      ]).filter((r) => r.startsWith('DEFEATED')),
    ).toEqual([]);
  });

  it('stops at a preposition: the wife of a minister is not the minister', () => {
    const text = 'Mireille Dalbard met the wife of Volodymyr Zelensky in Kyiv.';
    expect(
      typed(text, 'en', [
        ['Mireille Dalbard', P],
        ['Volodymyr Zelensky', P],
      ]).filter((r) => r.startsWith('MET_WITH')),
    ).toEqual([]);
  });
});

describe('works', () => {
  it.each([
    ["Mara Quinn's album Neon Hours topped the chart.", 'en'],
    ['Mara Quinn won the prize on Tuesday for Neon Hours, a short novel set at sea.', 'en'],
    ['Mara Quinn a été récompensée pour son roman Neon Hours.', 'fr'],
  ] as const)('PUBLISHED from the author to the work: %s', (text, language) => {
    expect(
      typed(text, language, [
        ['Mara Quinn', P],
        ['Neon Hours', D],
      ]),
    ).toContain('PUBLISHED person-mara-quinn → document-neon-hours');
  });
});

describe('targets listed after the first', () => {
  it.each([
    [
      'en',
      'Claire Vidal met Luc Serre, Marc Dury and Tom Ekberg on Monday.',
      'MET_WITH',
      [
        ['Claire Vidal', P],
        ['Luc Serre', P],
        ['Marc Dury', P],
        ['Tom Ekberg', P],
      ],
    ],
    [
      'fr',
      'Claire Vidal a visité Fontclair et Vernay mardi.',
      'VISITED',
      [
        ['Claire Vidal', P],
        ['Fontclair', L],
        ['Vernay', L],
      ],
    ],
    [
      'en',
      "Mara Quinn's novels include Tidewater and The Salt Road.",
      'PUBLISHED',
      [
        ['Mara Quinn', P],
        ['Tidewater', D],
        ['The Salt Road', D],
      ],
    ],
  ] as const)('%s: %s', (language, text, type, named) => {
    const [source, ...targets] = named.map(([name, t]) => [name, t] as [string, EntityType]);
    const found = typed(text, language, [source!, ...targets]).filter((r) => r.startsWith(type));
    expect(found).toHaveLength(targets.length);
  });
});

describe('scoring for a club', () => {
  it.each([
    ['en', 'Tom Ekberg scored twice in the second half for Nordvik FC on Saturday.'],
    ['fr', 'Tom Ekberg a ouvert le score à la 12e minute pour le Nordvik FC.'],
  ] as const)('PLAYS_FOR from "%s"', (language, text) => {
    expect(
      typed(text, language, [
        ['Tom Ekberg', P],
        ['Nordvik FC', O],
      ]),
    ).toContain('PLAYS_FOR person-tom-ekberg → organization-nordvik-fc');
  });
});

describe("a club named by its town's adjective (fr sport)", () => {
  it('links the player to the one club named after the town', () => {
    const text = "Le match de Ligue 1 s'est joué samedi. L'attaquant lensois Tom Ekberg a marqué deux buts pour gagner face au Stade Fontclair.";
    const named: [string, EntityType][] = [
      ['Tom Ekberg', P],
      ['Racing Club de Lens', O],
      ['Stade Fontclair', O],
    ];
    expect(typed(`${text} Le Racing Club de Lens est deuxième.`, 'fr', named)).toContain('PLAYS_FOR person-tom-ekberg → organization-racing-club-de-lens');
  });

  it('says nothing when two clubs are named after the town', () => {
    const text = "Le match de Ligue 1 s'est joué samedi. Le gardien parisien Marc Dury a brillé. Le Paris FC et le Paris Saint-Germain jouent dimanche.";
    const found = typed(text, 'fr', [
      ['Marc Dury', P],
      ['Paris FC', O],
      ['Paris Saint-Germain', O],
    ]);
    expect(found.filter((r) => r.startsWith('PLAYS_FOR'))).toEqual([]);
    expect(
      typed(text.replace('Le Paris FC et le', 'Le'), 'fr', [
        ['Marc Dury', P],
        ['Paris Saint-Germain', O],
      ]),
    ).toContain('PLAYS_FOR person-marc-dury → organization-paris-saint-germain');
  });
});

describe('roles over a kind of place', () => {
  it.each([
    ['fr', 'La présidente de la région Aquitanie, Claire Vidal, a signé.'],
    ['en', 'Claire Vidal, the leader of the city of Aquitanie, signed.'],
  ] as const)('LEADS from "%s"', (language, text) => {
    expect(
      typed(text, language, [
        ['Claire Vidal', P],
        ['Aquitanie', L],
      ]),
    ).toContain('LEADS person-claire-vidal → location-aquitanie');
  });
});

describe('places', () => {
  it('nests a named venue in a town after "à", but not one town in another on a route ("relier X à Y")', () => {
    const text = 'La ligne doit relier Fontclair à Vernay, et la gare Saint-Lazare à Vernay sera rénovée.';
    expect(
      typed(text, 'fr', [
        ['Fontclair', L],
        ['Vernay', L],
        ['gare Saint-Lazare', L],
      ]).filter((r) => r.startsWith('LOCATED_IN')),
    ).toEqual(['LOCATED_IN location-gare-saint-lazare → location-vernay']);
  });

  it('nests a place set apart by commas ("Le Louvre, à Paris,") and one "in west London"; not a list of towns', () => {
    const fr = 'Le musée Fontclair, à Vernay, a été cambriolé. Il a visité Fontclair, Vernay et Sarlat.';
    expect(
      typed(fr, 'fr', [
        ['musée Fontclair', L],
        ['Fontclair', L],
        ['Vernay', L],
        ['Sarlat', L],
      ]).filter((r) => r.startsWith('LOCATED_IN')),
    ).toEqual(['LOCATED_IN location-musee-fontclair → location-vernay']);
    const en = 'The fire at Harlow Tower in west Vernay spread.';
    expect(
      typed(en, 'en', [
        ['Harlow Tower', L],
        ['Vernay', L],
      ]),
    ).toContain('LOCATED_IN location-harlow-tower → location-vernay');
  });
});

describe('places inside a region the gazetteer does not hold (data/regions.json)', () => {
  it.each([
    ['fr', 'Un entrepôt a brûlé samedi à Fontclair (Haute-Garonne).', 'Fontclair', 'Haute-Garonne'],
    ['en', 'Flooding hit Fontclair, West Yorkshire, on Sunday night.', 'Fontclair', 'West Yorkshire'],
    ['en', 'The plant in Fontclair, in the north-east of England, employs 600 people.', 'Fontclair', 'England'],
    ['fr', 'Le festival se tient chaque été à Fontclair, dans le Finistère.', 'Fontclair', 'Finistère'],
  ] as const)('%s: "%s"', (language, text, inner, outer) => {
    expect(
      typed(text, language, [
        [inner, L],
        [outer, L],
      ]),
    ).toContain(`LOCATED_IN location-${slugify(inner)} → location-${slugify(outer)}`);
  });

  it('a list of regions, or of towns, nests nothing', () => {
    const regions = typed("La vigilance orange concerne le Gard, l'Hérault et l'Aveyron jusqu'à mardi.", 'fr', [
      ['Gard', L],
      ['Hérault', L],
      ['Aveyron', L],
    ]);
    const towns = typed('Storms hit Fontclair, Vernay and Dalby overnight.', 'en', [
      ['Fontclair', L],
      ['Vernay', L],
      ['Dalby', L],
    ]);
    expect([...regions, ...towns].filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
  });

  it('"X, the largest town in eastern Y" and "X, une commune de Y" nest X in Y; "une province au sud de Y" does not', () => {
    const named: [string, EntityType][] = [
      ['Fontclair', L],
      ['Aquitanie', L],
    ];
    expect(typed('Fontclair, the largest town in eastern Aquitanie, fell on Monday.', 'en', named)).toContain('LOCATED_IN location-fontclair → location-aquitanie');
    expect(typed('Fontclair, une commune de Aquitanie, accueille le centre.', 'fr', named)).toContain('LOCATED_IN location-fontclair → location-aquitanie');
    expect(typed('Le séisme a frappé Fontclair, une province au sud de Aquitanie, vendredi.', 'fr', named).filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
    // "X is a town in Y", and a place noun without its article ("X, chef-lieu de Y")
    expect(typed('Fontclair is a former mill town in Aquitanie.', 'en', named)).toContain('LOCATED_IN location-fontclair → location-aquitanie');
    expect(typed('Fontclair, chef-lieu de l’Aquitanie, compte 20 000 habitants.', 'fr', named)).toContain('LOCATED_IN location-fontclair → location-aquitanie');
  });
});

describe('party members and leaders', () => {
  it.each([
    ['fr', 'Le député LFI de Seine-Saint-Denis Paul Verrier a présenté son rapport.', 'LFI', 'MEMBER_OF'],
    ['fr', 'Le maire (LR) de Fontclair, Paul Verrier, a annoncé sa candidature.', 'LR', 'MEMBER_OF'],
    ['en', "Reform UK's deputy leader Paul Verrier said the result was historic.", 'Reform UK', 'MEMBER_OF'],
    ['fr', 'Le vice-président du Rassemblement national, Paul Verrier, a répondu.', 'Rassemblement national', 'MEMBER_OF'],
    ['fr', "Paul Verrier, secrétaire national du Parti socialiste, a appelé à l'union.", 'Parti socialiste', 'LEADS'],
  ] as const)('%s: "%s"', (language, text, party, type) => {
    const named: [string, EntityType][] = [
      ['Paul Verrier', P],
      [party, O],
      ...(['Seine-Saint-Denis', 'Fontclair'] as const).filter((place) => text.includes(place)).map((place) => [place, L] as [string, EntityType]),
    ];
    expect(typed(text, language, named)).toContain(`${type} person-paul-verrier → organization-${slugify(party)}`);
  });

  it('a deputy of a company works for it, and a coach still works for his club', () => {
    expect(
      typed("Kestrel Labs' vice president Paul Verrier left in May.", 'en', [
        ['Paul Verrier', P],
        ['Kestrel Labs', O],
      ]),
    ).toContain('WORKS_FOR person-paul-verrier → organization-kestrel-labs');
  });
});

describe('a side that scores through its player', () => {
  it.each([
    ['fr', "Kestrel FC a réduit l'écart par Paul Verrier à l'heure de jeu."],
    ['fr', 'Kestrel FC a ouvert le score dès la 9e minute par Paul Verrier.'],
    ['en', 'Kestrel FC took the lead through Paul Verrier after 12 minutes.'],
  ] as const)('%s: "%s"', (language, text) => {
    expect(
      typed(text, language, [
        ['Paul Verrier', P],
        ['Kestrel FC', O],
      ]),
    ).toContain('PLAYS_FOR person-paul-verrier → organization-kestrel-fc');
  });
});

describe('people described by their work at an organisation', () => {
  it.each([
    ['en', 'Paul Verrier, an epidemiologist at Kestrel Labs, said the risk was low.', 'WORKS_FOR'],
    ['en', 'According to Paul Verrier, a polling expert at Kestrel Labs, the swing was historic.', 'WORKS_FOR'],
    ['fr', '« Nous sommes inquiets », a déclaré Paul Verrier, directeur de recherche au Kestrel Labs.', 'WORKS_FOR'],
    ['en', 'Paul Verrier, who has run Kestrel Labs since 2014, said the deal was good.', 'LEADS'],
    ['fr', "Paul Verrier, chercheur à l'Kestrel Labs, a coordonné l'étude.", 'WORKS_FOR'],
    ['fr', 'Selon Paul Verrier, du Kestrel Labs, la demande ralentit.', 'WORKS_FOR'],
    ['fr', 'Paul Verrier, directeur commercial du Kestrel Labs, a présenté les chiffres.', 'WORKS_FOR'],
  ] as const)('%s: "%s"', (language, text, type) => {
    expect(
      typed(text, language, [
        ['Paul Verrier', P],
        ['Kestrel Labs', O],
      ]),
    ).toContain(`${type} person-paul-verrier → organization-kestrel-labs`);
  });

  it('the organisation must end the description: "X, a visitor at Y yesterday morning" says nothing', () => {
    expect(
      typed('Paul Verrier, a visitor at Kestrel Labs yesterday morning, left.', 'en', [
        ['Paul Verrier', P],
        ['Kestrel Labs', O],
      ]).filter((r) => r.startsWith('WORKS_FOR')),
    ).toEqual([]);
  });
});

describe('who acts when an organisation sits in the description of a person', () => {
  it('"X, the Kestrel secretary general, visited Y" is a visit by X, not by Kestrel', () => {
    const found = typed('Paul Verrier, the Kestrel Alliance secretary general, visited Fontclair on Tuesday.', 'en', [
      ['Paul Verrier', P],
      ['Kestrel Alliance', O],
      ['Fontclair', L],
    ]);
    expect(found).toContain('VISITED person-paul-verrier → location-fontclair');
    expect(found).not.toContain('VISITED organization-kestrel-alliance → location-fontclair');
  });
  it('an organisation that acts on its own still does: "Kestrel Alliance visited Fontclair"', () => {
    expect(
      typed('The Kestrel Alliance visited Fontclair on Tuesday, Paul Verrier said.', 'en', [
        ['Paul Verrier', P],
        ['Kestrel Alliance', O],
        ['Fontclair', L],
      ]),
    ).toContain('VISITED organization-kestrel-alliance → location-fontclair');
  });
});

describe('owners', () => {
  it('"the owner of X and Y" owns both; "l\'actionnaire majoritaire de X" owns X', () => {
    const named: [string, EntityType][] = [
      ['Kestrel Group', O],
      ['Fontclair', O],
      ['Dalby', O],
    ];
    const en = typed('Kestrel Group, the owner of Fontclair and Dalby, reported lower sales.', 'en', named);
    expect(en).toEqual(expect.arrayContaining(['OWNS organization-kestrel-group → organization-fontclair', 'OWNS organization-kestrel-group → organization-dalby']));
    expect(typed("Kestrel Group, l'actionnaire majoritaire de Fontclair, a confirmé l'opération.", 'fr', named)).toContain(
      'OWNS organization-kestrel-group → organization-fontclair',
    );
  });
});

describe('signings, sackings, goals that win, and a buyer named with its country', () => {
  it('a goal "gave" or "a offert" the side its win: the scorer plays for it', () => {
    const named: [string, EntityType][] = [
      ['Tom Ekberg', P],
      ['Harbour City', O],
    ];
    expect(typed("Tom Ekberg's late header gave Harbour City the lead in the league match.", 'en', named)).toContain('PLAYS_FOR person-tom-ekberg → organization-harbour-city');
    expect(typed('Le but de Tom Ekberg a offert la victoire à Harbour City en championnat.', 'fr', named)).toContain('PLAYS_FOR person-tom-ekberg → organization-harbour-city');
    expect(typed('The goal against Tom Ekberg gave Harbour City hope.', 'en', named).filter((r) => r.startsWith('PLAYS_FOR'))).toEqual([]);
  });

  it('the side that signs or recruits a player, and the employer that sacks someone', () => {
    const named: [string, EntityType][] = [
      ['Harbour City', O],
      ['Oldcastle Rovers', O],
      ['Tom Ekberg', P],
    ];
    expect(typed('Harbour City signed the striker Tom Ekberg from Oldcastle Rovers before the league season.', 'en', named)).toContain(
      'PLAYS_FOR person-tom-ekberg → organization-harbour-city',
    );
    expect(typed('En Ligue 1, Harbour City a recruté le milieu Tom Ekberg pour la saison.', 'fr', named)).toContain('PLAYS_FOR person-tom-ekberg → organization-harbour-city');
    expect(typed('Harbour City sacked Tom Ekberg on Friday.', 'en', named)).toContain('WORKS_FOR person-tom-ekberg → organization-harbour-city');
    expect(typed('Tom Ekberg a été limogé dimanche par Harbour City.', 'fr', named)).toContain('WORKS_FOR person-tom-ekberg → organization-harbour-city');
  });

  it('"owned by India\'s X", "bought by Japan\'s X": the country is not the holder', () => {
    const named: [string, EntityType][] = [
      ['Verac Motors', O],
      ['India', L],
      ['Tamar Group', O],
    ];
    expect(typed("Verac Motors, owned by India's Tamar Group, halted production.", 'en', named)).toContain('OWNS organization-tamar-group → organization-verac-motors');
    expect(typed("Verac Motors was bought by India's Tamar Group in 2008.", 'en', named)).toContain('ACQUIRED organization-tamar-group → organization-verac-motors');
  });
});
