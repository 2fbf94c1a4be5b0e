import './articles.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticles } from '@/lib/graph/article-list';
import { articleListHref, parseArticleListParams } from '@/lib/graph/article-list-params';
import { orUnavailable } from '@/lib/result';
import { DatabaseDown } from '@/app/explorer/database-down';
import { ArticleSearch } from './article-search';
import { ArticleTable } from './article-table';
import { Pager } from './pager';

export const metadata: Metadata = { title: 'Articles · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every article in the graph, sortable, filterable by language and searchable; all state is in the URL. */
export default async function ArticlesPage({ searchParams }: Props) {
  const params = parseArticleListParams(await searchParams);
  const result = await orUnavailable(() => listArticles(params));
  if (!result.ok) return <DatabaseDown message={result.message} />;
  const list = result.value;
  const count = `${list.total} article${list.total === 1 ? '' : 's'}`;
  return (
    <div className="articles-page">
      <h1>Articles</h1>
      <ArticleSearch params={params} />
      <p className="muted" role="status">
        {list.searched ? (
          <>
            {count} {list.total === 1 ? 'matches' : 'match'} “{params.q}”
          </>
        ) : (
          count
        )}
        {params.lang && <> in {params.lang === 'fr' ? 'French' : 'English'}</>}
        {list.pages > 1 && (
          <>
            {' '}
            · page {list.page} of {list.pages}
          </>
        )}
        {list.searched && params.sort !== 'relevance' && list.total > 1 && (
          <>
            {' '}
            · <Link href={articleListHref(params, { sort: 'relevance', dir: 'desc', page: 1 })}>sort by relevance</Link>
          </>
        )}
      </p>
      {list.rows.length > 0 ? (
        <ArticleTable params={params} rows={list.rows} />
      ) : (
        <p>{list.searched ? 'No article title or text contains these words.' : 'No articles on this page.'}</p>
      )}
      <Pager params={params} page={list.page} pages={list.pages} />
    </div>
  );
}
