import Link from 'next/link';
import { highlightTerms } from '@/lib/text/highlight';
import type { ArticleEntries } from '@/lib/timeline/group-entries';

/** One article of the list: its date and title, then each sentence with what it is, linked to its place. */
export function TimelineArticle({ article, terms }: { article: ArticleEntries; terms: string[] }) {
  const articleHref = `/articles/${encodeURIComponent(article.articleId)}`;
  return (
    <li className="timeline-article" data-testid="timeline-article" data-date={article.publishedAt ?? ''}>
      <h3>
        <time dateTime={article.publishedAt ?? undefined}>{article.publishedAt ?? 'date unknown'}</time> · <Link href={articleHref}>{article.title}</Link>
      </h3>
      <ul>
        {article.sentences.map((s) => (
          <li key={s.start} className="timeline-sentence" data-testid="timeline-sentence">
            <blockquote className={`evidence ${s.relations.length > 0 ? 'has-relation' : 'mention-only'}`}>
              {s.clippedStart && '… '}
              {highlightTerms(s.text, terms).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
              {s.clippedEnd && ' …'}{' '}
              <Link href={`${articleHref}?start=${s.start}&end=${s.end}#evidence`} aria-label={`in the article “${article.title}”`}>
                in the article
              </Link>
            </blockquote>
            <p className="sentence-tags">
              {s.mentions > 0 && <span className="tag tag-mention">{s.mentions === 1 ? 'mention' : `${s.mentions} mentions`}</span>}
              {s.relations.map((r, i) => (
                <span key={i} className="tag tag-relation">
                  <code>{r.type}</code> {r.direction === 'out' ? '→' : '←'} {r.other.name}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </li>
  );
}
