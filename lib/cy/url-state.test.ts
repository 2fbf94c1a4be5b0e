import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, explorerFocusHref } from './url-state';

describe('URL view state', () => {
  it('round-trips focus, expansions, added entities, hidden types and layout, keeping foreign params', () => {
    const view = { focus: 'org-unodc', expanded: ['org-unodc', 'org-un|PART_OF|o19'], added: ['loc-x'], hiddenTypes: ['Topic' as const], layout: 'grid' as const };
    const search = encodeView(view, 'limit=50');
    expect(search).toContain('limit=50');
    expect(decodeView(search)).toEqual(view);
  });

  it('leaves defaults out of the URL and ignores unknown values', () => {
    expect(encodeView({ focus: null, expanded: [], added: [], hiddenTypes: [], layout: 'fcose' })).toBe('');
    expect(decodeView('?hide=Person,Alien&layout=spiral&expand=a,,a')).toMatchObject({ hiddenTypes: ['Person'], layout: 'fcose', expanded: ['a'] });
  });

  it('links to an entity focused and expanded, in a form the explorer reads back', () => {
    const href = explorerFocusHref('org-unodc');
    expect(href).toBe('/?focus=org-unodc&expand=org-unodc&add=org-unodc');
    expect(decodeView(href.slice(2))).toMatchObject({ focus: 'org-unodc', expanded: ['org-unodc'], added: ['org-unodc'] });
  });
});
