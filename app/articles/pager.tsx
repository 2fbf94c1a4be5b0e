import Link from 'next/link';
import { articleListHref, type ArticleListParams } from '@/lib/graph/article-list-params';

/** Previous and next page links; plain links, so a page of the list can be bookmarked or opened in a new tab. */
export function Pager({ params, page, pages }: { params: ArticleListParams; page: number; pages: number }) {
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages" className="pager">
      {page > 1 ? (
        <Link href={articleListHref(params, { page: Math.min(page - 1, pages) })} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={articleListHref(params, { page: page + 1 })} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
