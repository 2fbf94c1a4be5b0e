import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW } from './view-state';
import { decodeView, encodeView, explorerFocusHref, MAX_URL_POSITIONS, type UrlView } from './url-state';

const DEFAULTS: UrlView = { ...INITIAL_VIEW };

describe('URL view state', () => {
  it('round-trips the whole view (focus, expansions, hides, pins, size, co-mentions, layout, positions), keeping foreign params', () => {
    const view: UrlView = {
      focus: 'org-unodc',
      expanded: ['org-unodc', 'org-un|PART_OF|o19'],
      added: ['loc-x'],
      hiddenTypes: ['Topic'],
      layout: 'grid',
      hiddenNodes: ['person-a'],
      pinned: ['org-unodc', 'loc-x'],
      sizeBy: 'mentions',
      coMentions: false,
      positions: { 'org-unodc': { x: 12, y: -340 }, 'loc-x': { x: -5, y: 0 } },
    };
    const search = encodeView(view, 'limit=50');
    expect(search).toContain('limit=50');
    expect(decodeView(search)).toEqual(view);
  });

  it('rounds positions to whole pixels and leaves them out of views too big to carry', () => {
    expect(decodeView(encodeView({ ...DEFAULTS, positions: { a: { x: 1.4, y: -2.6 } } })).positions).toEqual({ a: { x: 1, y: -3 } });
    const many = Object.fromEntries(Array.from({ length: MAX_URL_POSITIONS + 1 }, (_, i) => [`n${i}`, { x: i, y: i }]));
    expect(encodeView({ ...DEFAULTS, positions: many })).toBe('');
    expect(decodeView('pos=a~1~2,broken,~3~4,b~x~1').positions).toEqual({ a: { x: 1, y: 2 } });
  });

  it('leaves defaults out of the URL and ignores unknown values', () => {
    expect(encodeView(DEFAULTS)).toBe('');
    expect(decodeView('?hide=Person,Alien&layout=spiral&expand=a,,a&size=huge')).toMatchObject({
      hiddenTypes: ['Person'],
      layout: 'fcose',
      expanded: ['a'],
      sizeBy: 'degree',
      coMentions: true,
    });
  });

  it('links to an entity focused and expanded, in a form the explorer reads back', () => {
    const href = explorerFocusHref('org-unodc');
    expect(href).toBe('/?focus=org-unodc&expand=org-unodc&add=org-unodc');
    expect(decodeView(href.slice(2))).toMatchObject({ focus: 'org-unodc', expanded: ['org-unodc'], added: ['org-unodc'] });
  });
});
