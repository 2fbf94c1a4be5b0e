import { describe, expect, it } from 'vitest';
import type { ExtractedRelation } from '@/lib/model';
import { groundCoMentions } from './grounded';

const text = 'Le gardien Lucas Chevalier a brillé. L’entraîneur du PSG, Luis Enrique, a salué son équipe.';
const at = (form: string) => {
  const start = text.indexOf(form);
  return { start, end: start + form.length, text: form };
};
const first = at('Le gardien Lucas Chevalier a brillé.');
const second = at('L’entraîneur du PSG, Luis Enrique, a salué son équipe.');
const entities = [
  { id: 'chevalier', mentions: [at('Lucas Chevalier')] },
  { id: 'psg', mentions: [at('PSG')] },
  { id: 'enrique', mentions: [at('Luis Enrique')] },
];
const relation = (type: string, source: string, target: string, evidence = [second]): ExtractedRelation => ({ type, source, target, confidence: 0.2, evidence });

describe('groundCoMentions', () => {
  it('drops a co-mention whose sentence no longer names one of its ends (the glued "PSG Lucas Chevalier" was split)', () => {
    expect(groundCoMentions([relation('CO_MENTIONED', 'chevalier', 'enrique')], entities)).toEqual([]);
  });
  it('keeps the evidence that names both ends, and only that', () => {
    const both = relation('CO_MENTIONED', 'psg', 'enrique', [first, second]);
    expect(groundCoMentions([both], entities)).toEqual([{ ...both, evidence: [second] }]);
  });
  it('leaves typed relations alone: a pattern may name an end by a title', () => {
    const typed = relation('LEADS', 'chevalier', 'psg');
    expect(groundCoMentions([typed], entities)).toEqual([typed]);
  });
});
