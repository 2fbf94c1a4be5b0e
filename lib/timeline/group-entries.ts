import type { TimelineItem } from './types';

/** One sentence of one article: how often it names the subject, and the relations it is evidence for. */
export type SentenceEntry = {
  text: string;
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  mentions: number;
  relations: NonNullable<TimelineItem['relation']>[];
};

export type ArticleEntries = { articleId: string; title: string; publishedAt: string | null; sentences: SentenceEntry[] };

/**
 * The list's shape: items of the same article together (in the order given), and a sentence that is both a
 * mention and a relation's evidence shown once with both tags; the strip still counts each.
 */
export function groupEntries(items: readonly TimelineItem[]): ArticleEntries[] {
  const articles = new Map<string, ArticleEntries & { byText: Map<string, SentenceEntry> }>();
  for (const item of items) {
    let article = articles.get(item.articleId);
    if (!article) {
      article = { articleId: item.articleId, title: item.title, publishedAt: item.publishedAt, sentences: [], byText: new Map() };
      articles.set(item.articleId, article);
    }
    let sentence = article.byText.get(item.text);
    if (!sentence) {
      const { text, start, end, clippedStart, clippedEnd } = item;
      sentence = { text, start, end, clippedStart, clippedEnd, mentions: 0, relations: [] };
      article.byText.set(item.text, sentence);
      article.sentences.push(sentence);
    }
    if (item.kind === 'mention') sentence.mentions += item.count;
    if (item.relation) sentence.relations.push(item.relation);
  }
  return [...articles.values()].map(({ articleId, title, publishedAt, sentences }) => ({ articleId, title, publishedAt, sentences }));
}
