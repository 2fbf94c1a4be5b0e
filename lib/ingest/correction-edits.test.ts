import { describe, expect, it } from 'vitest';
import { CorrectionsSchema } from './corrections';
import { addEntity, findOccurrences, fixSpan, nextAddedKey, removeAdded, retypeRelation, toggleEntity, addRelation, editEntity } from './correction-edits';

const text = 'Le PSG gagne. Le gardien PSG Lucas Chevalier brille. Chevalier salue le PSG.';
const at = (form: string, from = 0) => {
  const start = text.indexOf(form, from);
  return { start, end: start + form.length, text: form };
};
const none = CorrectionsSchema.parse({});

describe('correction edits (what the preview controls do)', () => {
  it('fixSpan keeps the selection and the forms of the new name; the glued rest and the other forms become their own entity', () => {
    const glued = { key: 'org-glued', mentions: [at('PSG'), at('PSG Lucas Chevalier'), at('Chevalier', 50), at('PSG', 60)] };
    const out = fixSpan(none, glued, at('Lucas Chevalier'), text, { name: 'Lucas Chevalier', type: 'Person' }, { name: 'PSG', type: 'Organization' });
    expect(out.edits).toEqual([
      {
        key: 'org-glued',
        name: 'Lucas Chevalier',
        type: 'Person',
        mentions: [
          { start: 29, end: 44 },
          { start: 53, end: 62 },
        ],
      },
    ]);
    expect(out.added).toEqual([
      {
        key: 'added-0',
        name: 'PSG',
        type: 'Organization',
        mentions: [
          { start: 3, end: 6 },
          { start: 25, end: 28 },
          { start: 72, end: 75 },
        ],
      },
    ]);
    expect(text.slice(25, 28)).toBe('PSG');
    // Without a rest, nothing is added: the rest is simply no longer marked.
    expect(fixSpan(none, glued, at('Lucas Chevalier'), text, { name: 'Lucas Chevalier', type: 'Person' }, null).added).toEqual([]);
  });

  it('findOccurrences finds whole words only', () => {
    expect(findOccurrences(text, 'PSG').map((s) => s.start)).toEqual([3, 25, 72]);
    expect(findOccurrences(text, 'Chevalier').map((s) => s.start)).toEqual([35, 53]);
    expect(findOccurrences(text, 'Cheval')).toEqual([]);
    expect(findOccurrences(text, ' ')).toEqual([]);
  });

  it('keys added entities uniquely, and removing one removes what refers to it', () => {
    let c = addEntity(none, { name: 'PSG', type: 'Organization', mentions: [at('PSG')] });
    c = addEntity(c, { name: 'Chevalier', type: 'Person', mentions: [at('Chevalier')] });
    expect(c.added.map((a) => a.key)).toEqual(['added-0', 'added-1']);
    c = addRelation(c, { source: 'added-1', target: 'added-0', type: 'MEMBER_OF', evidence: at('Le gardien PSG Lucas Chevalier brille.') });
    c = removeAdded(c, 'added-0');
    expect(c.added.map((a) => a.key)).toEqual(['added-1']);
    expect(c.addedRelations).toEqual([]);
    expect(nextAddedKey(c)).toBe('added-2');
  });

  it('edits merge into one record per entity; toggles and retypes undo themselves', () => {
    let c = editEntity(none, 'org-glued', { name: 'Lucas Chevalier' });
    c = editEntity(c, 'org-glued', { type: 'Person' });
    expect(c.edits).toEqual([{ key: 'org-glued', name: 'Lucas Chevalier', type: 'Person' }]);
    expect(toggleEntity(toggleEntity(none, 'x'), 'x').droppedEntities).toEqual([]);
    const retyped = retypeRelation(none, 2, 'LEADS', true, 'CO_MENTIONED');
    expect(retyped.retypedRelations).toEqual([{ index: 2, type: 'LEADS', reversed: true }]);
    expect(retypeRelation(retyped, 2, 'CO_MENTIONED', false, 'CO_MENTIONED').retypedRelations).toEqual([]);
  });
});
