import { describe, expect, it } from 'vitest';
import { joinShortForms } from './short-forms';
import type { HybridEntity } from './types';

const org = (name: string, at: number): HybridEntity => ({
  id: `org-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  type: 'Organization',
  aliases: [],
  mentions: [{ start: at, end: at + name.length, text: name }],
  foundBy: ['ner'],
  typedBy: 'ner',
});
const names = (entities: HybridEntity[]) => entities.map((e) => `${e.name} (${e.id})`);

describe('short forms of one organisation (organisation-short-forms.json)', () => {
  it('a listed short form takes the full name and its id, even alone in the article', () => {
    const { entities, renamed } = joinShortForms([org('PSG', 0)]);
    expect(names(entities)).toEqual(['Paris Saint-Germain (org-paris-saint-germain)']);
    expect(entities[0]!.aliases).toEqual(['PSG']);
    expect(renamed.get('org-psg')).toBe('org-paris-saint-germain');
  });

  it('a bare name joins the one full name that adds club or party words to it', () => {
    const { entities } = joinShortForms([
      org('Tottenham', 0),
      org('Tottenham Hotspur', 20),
      org('Labour', 40),
      org('Labour Party', 60),
      org('Marseille', 80),
      org('Olympique de Marseille', 100),
    ]);
    expect(new Set(entities.map((e) => e.id))).toEqual(new Set(['org-tottenham-hotspur', 'org-labour-party', 'org-olympique-de-marseille']));
  });

  it('leaves apart what is not the same thing: two clubs of one town, a company and its UK arm, a council', () => {
    const { entities, renamed } = joinShortForms([
      org('Manchester', 0),
      org('Manchester City', 20),
      org('Manchester United', 40),
      org('Amazon', 60),
      org('Amazon UK', 70),
      org('Liverpool', 90),
      org('Liverpool City Council', 100),
    ]);
    expect(renamed.size).toBe(0);
    expect(entities).toHaveLength(7);
  });
});
