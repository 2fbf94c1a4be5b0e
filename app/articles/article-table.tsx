import Link from 'next/link';
import type { ArticleListRow } from '@/lib/graph/article-list';
import type { ArticleListParams } from '@/lib/graph/article-list-params';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { explorerFocusHref } from '@/lib/cy/url-state';
import { SnippetText } from './snippet-text';
import { SortHeader } from './sort-header';

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English' };

export function ArticleTable({ params, rows }: { params: ArticleListParams; rows: ArticleListRow[] }) {
  return (
    <table className="article-table">
      <thead>
        <tr>
          <th scope="col">Article</th>
          <SortHeader params={params} sort="date" label="Date" />
          <SortHeader params={params} sort="source" label="Source" />
          <SortHeader params={params} sort="language" label="Language" />
          <th scope="col">Entities</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`/articles/${encodeURIComponent(row.id)}`} lang={row.language}>
                {row.title}
              </Link>
              {row.snippet && <SnippetText snippet={row.snippet} lang={row.language} />}
            </td>
            <td>
              <time dateTime={row.publishedAt}>{row.publishedAt}</time>
            </td>
            <td>{row.source}</td>
            <td>{LANGUAGE_NAMES[row.language] ?? row.language}</td>
            <td>
              <ul className="row-entities" aria-label={`Entities in “${row.title}”`}>
                {row.entities.map((e) => (
                  <li key={e.id}>
                    <span className="swatch" style={{ background: ENTITY_STYLE[e.type].color }} aria-hidden="true" />{' '}
                    <Link href={explorerFocusHref(e.id)} title={`${ENTITY_STYLE[e.type].label}: show in the explorer`}>
                      {e.name}
                    </Link>
                  </li>
                ))}
                {row.entityCount > row.entities.length && <li className="muted">and {row.entityCount - row.entities.length} more</li>}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
