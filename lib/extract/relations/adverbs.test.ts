import { describe, expect, it } from 'vitest';
import { typedAmong as typed } from './hand-entities';

const P = 'Person' as const;
const O = 'Organization' as const;

describe('adverbs the patterns read past (pattern-adverbs.json)', { timeout: 60_000 }, () => {
  it('"previously played for", "a ensuite rencontré", "a battu samedi"', () => {
    expect(
      typed('Jonas Ekberg previously played for Oldcastle Rovers.', 'en', [
        ['Jonas Ekberg', P],
        ['Oldcastle Rovers', O],
      ]),
    ).toEqual(['WORKS_FOR person-jonas-ekberg → organization-oldcastle-rovers']);
    expect(
      typed('Paul Renard a ensuite rencontré Julie Marchand.', 'fr', [
        ['Paul Renard', P],
        ['Julie Marchand', P],
      ]),
    ).toEqual(['MET_WITH person-paul-renard → person-julie-marchand']);
  });
});
