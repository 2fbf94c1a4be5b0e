import Form from 'next/form';
import type { ArticleListParams } from '@/lib/graph/article-list-params';

/**
 * A GET form: it writes q and lang into the URL (a client-side navigation with JavaScript, a plain request without).
 * A column sort the user chose is kept; a new search otherwise sorts by relevance.
 */
export function ArticleSearch({ params }: { params: ArticleListParams }) {
  const keepSort = params.sort !== 'relevance' && !(params.sort === 'date' && params.dir === 'desc');
  return (
    <Form action="/articles" role="search" aria-label="Articles" className="article-search" key={`${params.q}|${params.lang}`}>
      <label htmlFor="article-q">Search article text</label>
      <input id="article-q" name="q" type="search" defaultValue={params.q} maxLength={200} placeholder="e.g. drogue, Ekaterinbourg" />
      <label htmlFor="article-lang">Language</label>
      <select id="article-lang" name="lang" defaultValue={params.lang ?? ''}>
        <option value="">All</option>
        <option value="fr">French</option>
        <option value="en">English</option>
      </select>
      {keepSort && (
        <>
          <input type="hidden" name="sort" value={params.sort} />
          <input type="hidden" name="dir" value={params.dir} />
        </>
      )}
      <button type="submit" className="primary">
        Search
      </button>
    </Form>
  );
}
