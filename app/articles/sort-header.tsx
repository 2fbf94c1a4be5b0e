import Form from 'next/form';
import { articleListHref, nextSort, type ArticleListParams, type ArticleSortKey } from '@/lib/graph/article-list-params';

type Props = { params: ArticleListParams; sort: ArticleSortKey; label: string };

/**
 * A column header whose button re-sorts the list: a GET form carrying the next URL state, so sorting works by
 * keyboard and without JavaScript, and the new order is a shareable URL. aria-sort marks the current column.
 */
export function SortHeader({ params, sort, label }: Props) {
  const active = params.sort === sort;
  const next = new URL(articleListHref(params, nextSort(params, sort)), 'http://localhost').searchParams;
  return (
    <th scope="col" aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Form action="/articles" className="sort-form">
        {[...next].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="sort-button">
          {label}{' '}
          <span aria-hidden="true" className="sort-arrow">
            {active ? (params.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </Form>
    </th>
  );
}
