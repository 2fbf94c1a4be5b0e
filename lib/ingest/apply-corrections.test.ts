import { describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/model';
import { applyCorrections } from './apply-corrections';
import { CorrectionsSchema } from './corrections';
import { correctExtraction } from './prepare';

// A tiny extraction with the glue the issue is about: "PSG" and "Lucas Chevalier" read as one organisation.
const text = 'Le PSG gagne. Le gardien PSG Lucas Chevalier brille. Luis Enrique salue le PSG.';
const at = (form: string, from = 0) => {
  const start = text.indexOf(form, from);
  return { start, end: start + form.length, text: form };
};
const glued = at('PSG Lucas Chevalier');
const raw: Extraction = {
  language: 'fr',
  entities: [
    { id: 'org-glued', name: 'PSG Lucas Chevalier', type: 'Organization', aliases: ['PSG'], mentions: [at('PSG'), glued, at('PSG', 60)] },
    { id: 'person-luis-enrique', name: 'Luis Enrique', type: 'Person', aliases: [], mentions: [at('Luis Enrique')] },
  ],
  relations: [{ type: 'CO_MENTIONED', source: 'org-glued', target: 'person-luis-enrique', confidence: 0.2, evidence: [at('Luis Enrique salue le PSG.')] }],
};
const correct = (c: unknown) => applyCorrections(text, raw, CorrectionsSchema.parse(c));
const chevalier = at('Lucas Chevalier');

describe('applyCorrections', () => {
  it('fixes a glued span: the entity takes the selected text as name and mention; the rest becomes its own entity and keeps its relations', () => {
    const psg = [at('PSG'), { start: glued.start, end: glued.start + 3 }, at('PSG', 60)];
    const out = correct({
      edits: [{ key: 'org-glued', name: 'Lucas Chevalier', type: 'Person', mentions: [chevalier] }],
      added: [{ key: 'added-0', name: 'PSG', type: 'Organization', mentions: psg }],
    });
    const byKey = new Map(out.extraction.entities.map((e) => [e.id, e]));
    expect(byKey.get('org-glued')).toMatchObject({ name: 'Lucas Chevalier', type: 'Person', aliases: [], mentions: [chevalier] });
    expect(byKey.get('added-0')?.mentions.map((m) => m.text)).toEqual(['PSG', 'PSG', 'PSG']);
    // The relation's evidence holds a PSG mention, no Chevalier one: it follows PSG.
    expect(out.extraction.relations).toEqual([expect.objectContaining({ source: 'added-0', target: 'person-luis-enrique' })]);
    expect(out.origins).toEqual([{ index: 0 }]);
    expect([...out.renamed].sort()).toEqual(['added-0', 'org-glued']);
  });

  it('retypes a relation within the vocabulary, turned round when asked, and refuses a type the ends do not allow', () => {
    const psg = [at('PSG'), at('PSG', 60)];
    const base = {
      added: [{ key: 'added-0', name: 'PSG', type: 'Organization', mentions: psg }],
      edits: [{ key: 'org-glued', name: 'Lucas Chevalier', type: 'Person', mentions: [chevalier] }],
    };
    const out = correct({ ...base, retypedRelations: [{ index: 0, type: 'LEADS', reversed: true }] });
    expect(out.extraction.relations[0]).toMatchObject({ type: 'LEADS', source: 'person-luis-enrique', target: 'added-0', confidence: 1 });
    expect(() => correct({ ...base, retypedRelations: [{ index: 0, type: 'LEADS' }] })).toThrow(/LEADS cannot go from Organization “PSG” to Person “Luis Enrique”/);
  });

  it('adds a relation with the selected sentence as evidence, its text read from the article', () => {
    const sentence = at('Le gardien PSG Lucas Chevalier brille.');
    const out = correct({ addedRelations: [{ source: 'person-luis-enrique', target: 'org-glued', type: 'MET_WITH', evidence: { start: sentence.start, end: sentence.end } }] });
    expect(out.extraction.relations.at(-1)).toMatchObject({ type: 'MET_WITH', evidence: [sentence] });
    expect(out.origins.at(-1)).toEqual({ added: 0 });
  });

  it('merges two entities (the name becomes an alias) and links one to a stored entity', () => {
    const out = correct({
      merges: [{ from: 'person-luis-enrique', into: 'org-glued' }],
      links: [{ key: 'org-glued', entityId: 'org-paris-saint-germain', name: 'Paris Saint-Germain' }],
    });
    expect(out.extraction.entities).toHaveLength(1);
    expect(out.extraction.entities[0]!.aliases).toContain('Luis Enrique');
    expect(out.extraction.relations).toEqual([]);
    expect(out.links.get('org-glued')).toEqual({ entityId: 'org-paris-saint-germain', name: 'Paris Saint-Germain' });
    const article = { id: 'a-1', title: 't', language: 'fr' as const, source: 's', text };
    const links = CorrectionsSchema.parse({ links: [{ key: 'person-luis-enrique', entityId: 'person-luis-enrique-martinez', name: 'Luis Enrique Martínez' }] });
    const { keys, scoped } = correctExtraction(article, raw, { excludeEntities: [], excludeRelations: [], types: {}, corrections: links });
    expect(keys.get('person-luis-enrique')).toBe('person-luis-enrique-martinez');
    expect(scoped.relations[0]).toMatchObject({ target: 'person-luis-enrique-martinez' });
  });

  it('refuses spans outside the text or on blank text, unknown keys and merge cycles, naming what to do', () => {
    expect(() => correct({ edits: [{ key: 'org-glued', mentions: [{ start: 2, end: text.length + 5 }] }] })).toThrow(/select the text again/);
    expect(() => correct({ added: [{ key: 'added-0', name: 'x', type: 'Person', mentions: [{ start: 2, end: 3 }] }] })).toThrow(/not text of this article/);
    expect(() => correct({ edits: [{ key: 'org-nope', name: 'X' }] })).toThrow(/preview the article again/);
    expect(() => correct({ retypedRelations: [{ index: 7, type: 'LEADS' }] })).toThrow(/no relation 7/);
    expect(() =>
      correct({
        merges: [
          { from: 'org-glued', into: 'person-luis-enrique' },
          { from: 'person-luis-enrique', into: 'org-glued' },
        ],
      }),
    ).toThrow(/circle/);
  });

  it('is deterministic: the same corrections on the same extraction give the same result (what re-ingest relies on)', () => {
    const c = { edits: [{ key: 'org-glued', name: 'Lucas Chevalier', mentions: [chevalier] }] };
    expect(JSON.stringify(correct(c).extraction)).toBe(JSON.stringify(correct(c).extraction));
  });
});
