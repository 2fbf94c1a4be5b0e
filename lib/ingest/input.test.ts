import { describe, expect, it } from 'vitest';
import { toArticle } from './input';

describe('toArticle dates', () => {
  it('never dates an article by the day it is ingested: the given date, else a dateline, else none', () => {
    expect(toArticle({ text: 'The council approved the budget on Tuesday after a long debate.' }, 'en')).not.toHaveProperty('publishedAt');
    expect(toArticle({ text: 'Lyon vote son budget\nPublié le 3 juin 2024\n\nLe conseil a voté.' }, 'fr').publishedAt).toBe('2024-06-03');
    expect(toArticle({ text: 'Lyon vote son budget\nPublié le 3 juin 2024\n\nLe conseil a voté.', publishedAt: '2024-06-04' }, 'fr').publishedAt).toBe('2024-06-04');
  });
});
