import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '@/lib/model';
import { findMatch, lookupForms, scopeBareNames, type StoredEntity } from '@/lib/ingest/resolve';
import { pruneAliases } from './aliases';
import { extractWithRules } from './rule-based';

// The four over-merges of EXTRACTION-NOTES.md (7): each joined two things through a short or generic alias.
const entity = (id: string, name: string, type: ExtractedEntity['type'], aliases: string[] = []): ExtractedEntity => ({ id, name, type, aliases, mentions: [] });
const stored = (e: ExtractedEntity): StoredEntity => ({ ...e, articleCount: 3 });
/** Stands in for the full-text index: every stored entity sharing a word with the query. */
const searchIn = (graph: StoredEntity[]) => (query: string) => {
  const words = query.toLowerCase().replace(/["\\]/g, '').split(/\s+/);
  return graph.filter((e) => [e.name, ...e.aliases].some((f) => words.some((w) => f.toLowerCase().includes(w))));
};
const aliasesOf = (text: string, language: 'fr' | 'en', id: string) => extractWithRules(text, { language }).entities.find((e) => e.id === id)?.aliases ?? [];

// The first extraction loads the gazetteer: seconds on a loaded 2-core machine, past vitest's 5 s default.
describe('no over-merges through generic words or places', { timeout: 60_000 }, () => {
  it('one UN office does not absorb another through "l\'Office"', () => {
    const text = "L'Office des Nations Unies contre la drogue et le crime (ONUDC) a publié son rapport. L'Office a ajouté que la situation empirait.";
    const unodc = extractWithRules(text, { language: 'fr' }).entities.find((e) => e.id === 'org-unodc')!;
    expect(unodc.mentions.map((m) => m.text)).toContain('Office'); // still a mention of UNODC in this article
    expect(unodc.aliases).not.toContain('Office');
    const other = entity('org-ohchr', 'Office of the High Commissioner for Human Rights', 'Organization', ['Office', 'the Office']);
    expect(lookupForms(other)).toEqual(['Office of the High Commissioner for Human Rights']);
    expect(findMatch(other, searchIn([stored({ ...unodc, aliases: [...unodc.aliases, 'Office'] })]))).toBeNull();
  });

  it('"Conseil" is never an alias of the Security Council, and a council called only "Conseil" resolves to nothing', () => {
    const text = "Le Conseil de sécurité s'est réuni lundi. Le Conseil a adopté une résolution.";
    const council = extractWithRules(text, { language: 'fr' }).entities.find((e) => e.id === 'org-security-council')!;
    expect(council.aliases).not.toContain('Conseil');
    expect(council.aliases).toContain('Conseil de sécurité');
    const municipal = entity('org-conseil-municipal', 'Conseil municipal', 'Organization', ['Conseil', 'le Conseil']);
    expect(lookupForms(municipal)).toEqual([]);
    expect(findMatch(municipal, searchIn([stored({ ...council, aliases: [...council.aliases, 'Conseil'] })]))).toBeNull();
    // Its id is this article's: every French town has a "Conseil municipal".
    expect(scopeBareNames({ language: 'fr', entities: [municipal], relations: [] }, 'abc').extraction.entities[0]!.id).toBe('org-conseil-municipal-abc');
  });

  it('a provincial party does not absorb its province', () => {
    const [party, province] = pruneAliases([entity('org-alberta-party', 'Alberta Party', 'Organization', ['Alberta']), entity('loc-alberta', 'Alberta', 'Location')]);
    expect(party!.aliases).toEqual([]);
    expect(province!.name).toBe('Alberta');
    expect(findMatch(entity('org-alberta-party', 'Alberta Party', 'Organization'), searchIn([stored(entity('loc-alberta', 'Alberta', 'Location'))]))).toBeNull();
  });

  it('an intercommunal body does not absorb its city, even when the article never names the city alone', () => {
    const [body] = pruneAliases([entity('org-metropole-de-lyon', 'Métropole de Lyon', 'Organization', ['Lyon', 'Métropole'])]);
    expect(body!.aliases).toEqual([]); // Lyon is a gazetteer place; "Métropole" a generic word
    expect(lookupForms(entity('org-metropole-de-lyon', 'Métropole de Lyon', 'Organization', ['Lyon']))).toEqual(['Métropole de Lyon']);
    const text = 'La Métropole européenne de Lille (MEL) a voté un budget. Lille accueillera le siège de la MEL.';
    expect(aliasesOf(text, 'fr', 'org-metropole-europeenne-de-lille')).not.toContain('Lille');
  });
  it("a dateline's wire credit is not an acronym of its city", () => {
    const text = "PARIS (AFP) – Le Conseil de Paris a voté le budget lundi. L'AFP a interrogé la maire, Anne Hidalgo.";
    const paris = extractWithRules(text, { language: 'fr' }).entities.find((e) => e.id === 'loc-paris')!;
    expect(paris.aliases).not.toContain('AFP');
    expect(paris.mentions.map((m) => m.text)).not.toContain('AFP');
    // A real definition still teaches its acronym.
    expect(aliasesOf('Le Rassemblement national (RN) a gagné. Le RN a fêté sa victoire.', 'fr', 'org-rassemblement-national')).toContain('RN');
  });

  it('the Élysée Palace (a building) and the Élysée (the presidency) stay two things', () => {
    const { entities } = extractWithRules("Le président a reçu les chefs de parti au palais de l'Élysée. L'Élysée a confirmé la rencontre.", { language: 'fr' });
    const palace = entities.find((e) => e.name === 'Élysée Palace')!;
    const presidency = entities.find((e) => e.id === 'org-elysee')!;
    expect(palace.type).toBe('Location');
    expect(presidency.aliases).not.toContain("palais de l'Élysée");
    expect(lookupForms(presidency).map((f) => f.toLowerCase())).not.toContain("palais de l'élysée");
  });
});
