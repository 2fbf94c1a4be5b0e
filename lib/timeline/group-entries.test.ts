import { describe, expect, it } from 'vitest';
import { groupEntries } from './group-entries';
import type { TimelineItem } from './types';

const item = (articleId: string, text: string, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  kind: 'mention',
  articleId,
  title: `Title ${articleId}`,
  publishedAt: '2017-09-19',
  text,
  start: 0,
  end: text.length,
  clippedStart: false,
  clippedEnd: false,
  count: 1,
  ...extra,
});
const leads = { type: 'LEADS', direction: 'out' as const, other: { id: 'org-un', name: 'United Nations' } };

describe('groupEntries', () => {
  it('puts an article’s sentences together and shows a sentence that is mention and evidence once, with both', () => {
    const groups = groupEntries([
      item('a', 'Guterres spoke.', { kind: 'evidence', relation: leads }),
      item('a', 'Guterres spoke.', { count: 2 }),
      item('a', 'Then Guterres left.'),
      item('b', 'Guterres again.'),
    ]);
    expect(groups.map((g) => [g.articleId, g.sentences.map((s) => [s.text, s.mentions, s.relations.length])])).toEqual([
      [
        'a',
        [
          ['Guterres spoke.', 2, 1],
          ['Then Guterres left.', 1, 0],
        ],
      ],
      ['b', [['Guterres again.', 1, 0]]],
    ]);
    expect(groups[0]!.sentences[0]!.relations).toEqual([leads]);
    expect(groups[0]).not.toHaveProperty('byText');
  });
});
