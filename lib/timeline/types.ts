import type { EntityType } from '@/lib/model';

export type TimelineEntity = { id: string; name: string; type: EntityType; aliases: string[] };

/**
 * One dated line of the timeline: a sentence naming the entity (`mention`, `count` mentions in it) or the
 * evidence sentence of one of its relations. `start`/`end` place the sentence in the article, for the link.
 */
export type TimelineItem = {
  kind: 'mention' | 'evidence';
  articleId: string;
  title: string;
  /** null when the article's date is unknown: shown as "date unknown", never dropped. */
  publishedAt: string | null;
  text: string;
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  count: number;
  relation?: { type: string; direction: 'out' | 'in'; other: { id: string; name: string } };
};

/** What a timeline is about: one entity, or the relations between two (optionally of one type). */
export type TimelineSubject = { kind: 'entity'; entity: TimelineEntity } | { kind: 'relation'; from: TimelineEntity; to: TimelineEntity; type: string | null };

export type Timeline = {
  subject: TimelineSubject;
  /** Oldest first; undated items last. */
  items: TimelineItem[];
  /** More mentions or evidence exist than the caps let through (TIMELINE_LIMITS). */
  truncated: boolean;
};
