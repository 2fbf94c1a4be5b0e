import { groupBy } from '@/lib/group-by';
import { bucketKey, bucketLabel, type Granularity } from '@/lib/timeline/buckets';
import { groupEntries } from '@/lib/timeline/group-entries';
import type { TimelineItem } from '@/lib/timeline/types';
import { TimelineArticle } from './timeline-entry';

/** `hidden` words what the range leaves out ("4 mentions, 1 evidence"), empty when nothing. */
type Props = { granularity: Granularity; dated: TimelineItem[]; undated: TimelineItem[]; hidden: string; terms: string[]; ranged: boolean };

/** The dated items of the range, one section per bar of the strip, then the undated ones: never dropped. */
export function TimelineList({ granularity, dated, undated, hidden, terms, ranged }: Props) {
  const groups = groupBy(dated, (i) => bucketKey(i.publishedAt!, granularity));
  return (
    <section className="timeline-list" aria-label="Mentions and evidence by date">
      {hidden && <p className="muted">Outside the range and not listed: {hidden}. Clear the range to see them.</p>}
      {[...groups].map(([key, items]) => (
        <section key={key} aria-labelledby={`group-${key}`} data-testid="timeline-group" data-key={key}>
          <h2 id={`group-${key}`}>
            {bucketLabel({ key }, granularity)} <span className="muted">({summary(items)})</span>
          </h2>
          <Articles items={items} terms={terms} />
        </section>
      ))}
      {undated.length > 0 && (
        <section aria-labelledby="group-undated" data-testid="timeline-undated">
          <h2 id="group-undated">
            Date unknown <span className="muted">({summary(undated)})</span>
          </h2>
          <p className="muted">These articles carry no publication date, so they have no place on the strip{ranged ? ' and a date range never includes them' : ''}.</p>
          <Articles items={undated} terms={terms} />
        </section>
      )}
    </section>
  );
}

function Articles({ items, terms }: { items: TimelineItem[]; terms: string[] }) {
  return (
    <ol className="timeline-articles">
      {groupEntries(items).map((article) => (
        <TimelineArticle key={article.articleId} article={article} terms={terms} />
      ))}
    </ol>
  );
}

/** "3 mentions, 1 evidence", as the strip counts them. */
export function summary(items: TimelineItem[]): string {
  const mentions = items.filter((i) => i.kind === 'mention').reduce((n, i) => n + i.count, 0);
  const evidence = items.filter((i) => i.kind === 'evidence').length;
  const parts = [mentions > 0 ? `${mentions} mention${mentions === 1 ? '' : 's'}` : '', evidence > 0 ? `${evidence} evidence` : ''];
  return parts.filter(Boolean).join(', ');
}
