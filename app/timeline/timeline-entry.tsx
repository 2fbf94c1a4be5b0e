import Link from 'next/link';
import { highlightTerms } from '@/lib/text/highlight';
import type { TimelineItem } from '@/lib/timeline/types';

/** One sentence: its date, its article (linked to the sentence's place in it), and what kind of item it is. */
export function TimelineEntry({ item, terms }: { item: TimelineItem; terms: string[] }) {
  const href = `/articles/${encodeURIComponent(item.articleId)}?start=${item.start}&end=${item.end}#evidence`;
  return (
    <li className={`timeline-entry ${item.kind}`} data-testid="timeline-entry" data-kind={item.kind} data-date={item.publishedAt ?? ''}>
      <p className="entry-meta">
        <time dateTime={item.publishedAt ?? undefined}>{item.publishedAt ?? 'date unknown'}</time> · <Link href={href}>{item.title}</Link> ·{' '}
        {item.relation ? (
          <span className="entry-kind">
            <code>{item.relation.type}</code> {item.relation.direction === 'out' ? '→' : '←'} {item.relation.other.name}
          </span>
        ) : (
          <span className="entry-kind">mention{item.count > 1 ? ` ×${item.count}` : ''}</span>
        )}
      </p>
      <blockquote className="evidence">
        {item.clippedStart && '… '}
        {highlightTerms(item.text, terms).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
        {item.clippedEnd && ' …'}
      </blockquote>
    </li>
  );
}
