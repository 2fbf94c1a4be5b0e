/** How wide one bar of the timeline strip is. */
export type Granularity = 'day' | 'month' | 'year';

/** One bar: its key ('2024-05-03', '2024-05' or '2024'), the first and last day it covers, and what falls in it. */
export type Bucket = { key: string; from: string; to: string; mentions: number; evidence: number };

export type Dated = { publishedAt: string | null; kind: 'mention' | 'evidence'; count?: number };

export type Histogram = { granularity: Granularity; buckets: Bucket[]; undated: { mentions: number; evidence: number } };

/**
 * Day bars up to two months, month bars up to five years, year bars beyond: the strip then never has more than
 * about 60 bars for spans under a century, each wide enough to see and to click.
 */
export const MAX_DAY_SPAN = 62;
export const MAX_MONTH_SPAN = 60;

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function chooseGranularity(first: string, last: string): Granularity {
  const days = Math.round((toUtc(last) - toUtc(first)) / DAY_MS) + 1;
  if (days <= MAX_DAY_SPAN) return 'day';
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  return months <= MAX_MONTH_SPAN ? 'month' : 'year';
}

/** The bucket key a date falls in. */
export function bucketKey(date: string, granularity: Granularity): string {
  return granularity === 'day' ? date : granularity === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Every bucket from the first date's to the last date's, empty ones included, so gaps in time show as gaps. */
export function bucketRange(first: string, last: string, granularity: Granularity): Bucket[] {
  const buckets: Bucket[] = [];
  const empty = { mentions: 0, evidence: 0 };
  if (granularity === 'day') {
    for (let ms = toUtc(first); ms <= toUtc(last); ms += DAY_MS) buckets.push({ key: isoDay(ms), from: isoDay(ms), to: isoDay(ms), ...empty });
  } else if (granularity === 'month') {
    for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); `${y}-${pad(m)}` <= last.slice(0, 7); m === 12 ? (y++, (m = 1)) : m++) {
      const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
      buckets.push({ key: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay)}`, ...empty });
    }
  } else {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) buckets.push({ key: pad(y, 4), from: `${pad(y, 4)}-01-01`, to: `${pad(y, 4)}-12-31`, ...empty });
  }
  return buckets;
}

/**
 * Counts items per bucket. Items without a date are counted apart (`undated`), never dropped: the page shows
 * them as "date unknown". With no dated item there are no buckets.
 */
export function toHistogram(items: readonly Dated[]): Histogram {
  const undated = { mentions: 0, evidence: 0 };
  const dates = items.flatMap((i) => (i.publishedAt ? [i.publishedAt] : [])).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  const granularity = first && last ? chooseGranularity(first, last) : 'day';
  const buckets = first && last ? bucketRange(first, last, granularity) : [];
  const byKey = new Map(buckets.map((b) => [b.key, b]));
  for (const item of items) {
    const target = item.publishedAt ? byKey.get(bucketKey(item.publishedAt, granularity)) : undated;
    if (!target) continue; // unreachable: every dated item's key is in the range built from the same dates
    if (item.kind === 'mention') target.mentions += item.count ?? 1;
    else target.evidence += item.count ?? 1;
  }
  return { granularity, buckets, undated };
}

/** A bucket's label for people: '3 May 2024', 'May 2024' or '2024'. */
export function bucketLabel(bucket: Pick<Bucket, 'key'>, granularity: Granularity): string {
  const [y, m, d] = bucket.key.split('-').map(Number) as [number, number?, number?];
  const month = m ? new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) : '';
  if (granularity === 'year') return String(y);
  return granularity === 'month' ? `${month} ${y}` : `${d} ${month} ${y}`;
}
