import { readTransaction } from '@/lib/neo4j/run';
import { NotFoundError } from '@/lib/errors';
import { int } from '@/lib/neo4j/values';
import type { TimelineQuery } from './params';
import { sentenceAt } from './sentence-at';
import { ENTITY_TIMELINE, RELATION_TIMELINE } from './queries';
import type { Timeline, TimelineEntity, TimelineItem } from './types';

/**
 * Caps that keep one request bounded on a popular entity (thousands of articles): the list then says it was
 * cut. `context` is how many characters around a mention Neo4j sends to find its sentence.
 */
export const TIMELINE_LIMITS = { mentions: 3_000, evidence: 2_000, context: 300 };

/** An entity's mentions (CO_MENTIONED left out: its sentences are the mentions themselves) and relation evidence. */
const ENTITY_SKIPS = ['CO_MENTIONED'];

type MentionRow = { articleId: string; title: string; publishedAt: string | null; start: number; end: number; windowStart: number; window: string; textLength: number };
type EvidenceRow = Omit<TimelineItem, 'relation' | 'count' | 'clippedStart' | 'clippedEnd'> & { type: string; direction: 'out' | 'in'; other: { id: string; name: string } };

export async function getTimeline(query: TimelineQuery, limits = TIMELINE_LIMITS): Promise<Timeline> {
  const caps = { mentionLimit: int(limits.mentions + 1), evidenceLimit: int(limits.evidence + 1), context: int(limits.context) };
  return readTransaction(async (tx) => {
    if (query.entity) {
      const record = (await tx.run(ENTITY_TIMELINE, { id: query.entity, skipTypes: ENTITY_SKIPS, ...caps })).records[0];
      if (!record) throw new NotFoundError(`Entity "${query.entity}"`);
      const mentions = record.get('mentions') as MentionRow[];
      const evidence = record.get('evidence') as EvidenceRow[];
      return {
        subject: { kind: 'entity', entity: record.get('entity') as TimelineEntity },
        items: sortItems([...toMentionItems(mentions.slice(0, limits.mentions)), ...evidence.slice(0, limits.evidence).map(toEvidenceItem)]),
        truncated: mentions.length > limits.mentions || evidence.length > limits.evidence,
      };
    }
    const record = (await tx.run(RELATION_TIMELINE, { from: query.from, to: query.to, type: query.type ?? null, ...caps })).records[0];
    if (!record) throw new NotFoundError(`Entity "${query.from}" or "${query.to}"`);
    const evidence = record.get('evidence') as EvidenceRow[];
    return {
      subject: { kind: 'relation', from: record.get('from') as TimelineEntity, to: record.get('to') as TimelineEntity, type: query.type ?? null },
      items: sortItems(evidence.slice(0, limits.evidence).map(toEvidenceItem)),
      truncated: evidence.length > limits.evidence,
    };
  });
}

/** One item per sentence: several mentions in one sentence (a name and its acronym) count together. */
function toMentionItems(rows: MentionRow[]): TimelineItem[] {
  const bySentence = new Map<string, TimelineItem>();
  for (const row of rows) {
    const sentence = sentenceAt(row.window ?? '', row.windowStart, row.textLength ?? 0, row.start, row.end);
    const key = `${row.articleId}:${sentence.start}`;
    const seen = bySentence.get(key);
    if (seen) seen.count += 1;
    else bySentence.set(key, { kind: 'mention', articleId: row.articleId, title: row.title, publishedAt: row.publishedAt ?? null, ...sentence, count: 1 });
  }
  return [...bySentence.values()];
}

function toEvidenceItem(row: EvidenceRow): TimelineItem {
  const { type, direction, other, ...rest } = row;
  return { ...rest, publishedAt: rest.publishedAt ?? null, clippedStart: false, clippedEnd: false, count: 1, relation: { type, direction, other } };
}

/** Oldest first, then by article and place in it; undated last. */
function sortItems(items: TimelineItem[]): TimelineItem[] {
  const key = (i: TimelineItem) => `${i.publishedAt ?? '9999-99-99'}|${i.articleId}|${String(i.start).padStart(9, '0')}|${i.kind}`;
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
