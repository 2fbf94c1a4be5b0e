import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** Typed relations of a tiny text as "TYPE source → target". */
function typed(text: string, language: 'fr' | 'en') {
  return extract(text, { language })
    .relations.filter((r) => r.type !== 'CO_MENTIONED')
    .map((r) => `${r.type} ${r.source} → ${r.target}`);
}

describe('relation patterns, French', () => {
  it('SPOKE_AT, HELD_IN and LOCATED_IN from a message to a meeting', () => {
    const r = typed('« Agissons », a déclaré Ban Ki-moon dans un message adressé à la Conférence de Genève sur la Syrie qui a débuté mercredi à Genève en Suisse.', 'fr');
    expect(r).toEqual(
      expect.arrayContaining([
        'SPOKE_AT person-ban-ki-moon → event-conference-de-geneve',
        'HELD_IN event-conference-de-geneve → loc-geneva',
        'LOCATED_IN loc-geneva → loc-switzerland',
      ]),
    );
  });

  it('LEADS, BRIEFED and PUBLISHED', () => {
    const r = typed(
      "Après le lancement du Rapport mondial sur les drogues 2012, le Directeur exécutif de l'ONUDC, Yury Fedotov, a fait un exposé devant le Conseil de sécurité.",
      'fr',
    );
    expect(r).toEqual(
      expect.arrayContaining(['LEADS person-yury-fedotov → org-unodc', 'BRIEFED person-yury-fedotov → org-security-council', 'PUBLISHED org-unodc → doc-world-drug-report-2012']),
    );
  });

  it('LEADS over two sentences when the second opens with "M. Name"', () => {
    const r = typed(
      'Le Conseil a entendu le Représentant spécial et Chef de la Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA). M. El-Ghassim Wane a parlé.',
      'fr',
    );
    expect(r).toContain('LEADS person-el-ghassim-wane → org-minusma');
  });

  it('GUARDS for both coordinated subjects, ADOPTED by the body named before', () => {
    expect(typed("L'ONUDC et l'OMS, qui servent de gardiens des instruments juridiques internationaux contre la corruption, agissent.", 'fr')).toEqual(
      expect.arrayContaining([
        'GUARDS org-unodc → doc-instruments-juridiques-internationaux-contre-la-corruption',
        'GUARDS org-world-health-organization → doc-instruments-juridiques-internationaux-contre-la-corruption',
      ]),
    );
    expect(typed("Le Conseil de sécurité se réunit. Par la résolution 1540 (2004) adoptée à l'unanimité, il décide.", 'fr')).toContain(
      'ADOPTED org-security-council → doc-resolution-1540',
    );
  });
});

describe('relation patterns, English', () => {
  it('BRIEFED from "Addressing the Council, Mr. X said" and LEADS from "UNODC Executive Director X"', () => {
    const r = typed('UNODC Executive Director Yury Fedotov spoke. Addressing the Security Council in New York, Mr. Fedotov said crime grows.', 'en');
    expect(r).toEqual(expect.arrayContaining(['LEADS person-yury-fedotov → org-unodc', 'BRIEFED person-yury-fedotov → org-security-council']));
  });

  it('ATTENDED, MET_WITH, HEADQUARTERED_IN, MEMBER_OF', () => {
    expect(typed('Angela Merkel attended the Munich Security Conference.', 'en')).toContain('ATTENDED person-angela-merkel → event-munich-security-conference');
    expect(typed('Antonio Guterres met with Ursula von der Leyen in Brussels.', 'en')).toContain('MET_WITH person-antonio-guterres → person-ursula-von-der-leyen');
    expect(typed('The Vienna-based UNODC published a report.', 'en')).toContain('HEADQUARTERED_IN org-unodc → loc-vienna');
    expect(typed('Jane Doe, Special Representative of the African Union, arrived.', 'en')).toContain('MEMBER_OF person-jane-doe → org-african-union');
  });

  it('MET_WITH from "In a meeting with X, Y ..." and LEADS from an office title', () => {
    const r = typed('The UN High Commissioner for Refugees, Filippo Grandi, arrived. In a meeting with the Chief Advisor, Dr. Muhammad Yunus, Grandi spoke.', 'en');
    expect(r).toEqual(expect.arrayContaining(['LEADS person-filippo-grandi → org-unhcr', 'MET_WITH person-filippo-grandi → person-muhammad-yunus']));
  });

  it('ADOPTED for a quoted resolution referred to as "the resolution"', () => {
    const r = typed(
      'Introducing the resolution on "Cooperation between the United Nations and ASEAN", Kazakhstan spoke. The Assembly adopted the resolution by 80 votes. The General Assembly met.',
      'en',
    );
    expect(r).toContain('ADOPTED org-general-assembly → doc-cooperation-between-the-united-nations-and-asean');
  });

  it('MEMBER_OF from "X, UNHCR\'s Regional Director"; PART_OF from "cet organe du ..." back to the last organisation', () => {
    expect(typed("Indrika Ratwatte, UNHCR's Regional Director for Asia, came.", 'en')).toContain('MEMBER_OF person-indrika-ratwatte → org-unhcr');
    expect(typed("L'ONUDC fête ses 20 ans. Selon un communiqué, cet organe du Secrétariat des Nations Unies a été créé en 1997.", 'fr')).toContain(
      'PART_OF org-unodc → org-un-secretariat',
    );
  });

  it('HEADQUARTERED_IN with words between "-based" and the name; LOCATED_IN for an institution bound to its place', () => {
    expect(typed('The Vienna-based drugs agency, UNODC, published a report.', 'en')).toContain('HEADQUARTERED_IN org-unodc → loc-vienna');
    expect(typed('Researchers at Stanford University in California published the study.', 'en')).toContain('LOCATED_IN org-stanford-university → loc-california');
    // "in London" is where the court sits, not part of its name
    const court = extract('The High Court in London ruled on Monday.', { language: 'en' });
    expect(court.entities.map((e) => e.name)).toEqual(['High Court', 'London']);
    expect(typed('The High Court in London ruled on Monday.', 'en')).toContain('LOCATED_IN org-high-court → loc-london');
  });

  it('LEADS from "emmené par", "took over as …", "Under … X, Y" and "à la tête de"', () => {
    expect(typed("L'ONUDC, emmené par Youri Fedotov, publie un rapport.", 'fr')).toContain('LEADS person-youri-fedotov → org-unodc');
    expect(typed('Yury Fedotov took over as Executive Director of UNODC in 2010.', 'en')).toContain('LEADS person-yury-fedotov → org-unodc');
    expect(typed('Under Executive Director Yury Fedotov, UNODC has grown.', 'en')).toContain('LEADS person-yury-fedotov → org-unodc');
    expect(typed("Youri Fedotov, à la tête de l'ONUDC, a répondu.", 'fr')).toContain('LEADS person-youri-fedotov → org-unodc');
  });

  it('does not put one country inside another in a list', () => {
    expect(typed('France, Germany and Italy signed.', 'en').filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('co-mentions', () => {
  it('link what no pattern links, with one evidence per sentence and low confidence', () => {
    const text = 'Angela Merkel and Emmanuel Macron spoke. Later Angela Merkel thanked Emmanuel Macron.';
    const co = extract(text, { language: 'en' }).relations.filter((r) => r.type === 'CO_MENTIONED');
    expect(co).toHaveLength(1);
    expect(co[0]!.evidence.map((e) => e.text)).toEqual(['Angela Merkel and Emmanuel Macron spoke.', 'Later Angela Merkel thanked Emmanuel Macron.']);
    expect(co[0]!.confidence).toBeLessThan(0.5);
  });
});
