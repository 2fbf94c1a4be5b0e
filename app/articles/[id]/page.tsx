import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/graph/articles';
import { NotFoundError } from '@/lib/errors';
import { orUnavailable } from '@/lib/result';
import { DatabaseDown } from '@/app/explorer/database-down';
import { ArticleText } from './article-text';
import { EntitiesNamed } from './entities-named';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ start?: string; end?: string }> };

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const result = await orUnavailable(() => getArticle(id).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error))));
  if (!result.ok) return <DatabaseDown message={result.message} />;
  const article = result.value;
  if (!article) notFound();
  return (
    <article className="article-page">
      <p>
        <Link href="/">← Explorer</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publishedAt ?? 'date unknown'} · {article.source} · {article.language === 'fr' ? 'French' : 'English'}
        {article.url && (
          <>
            {' '}
            ·{' '}
            <a href={article.url} rel="noopener noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <ArticleText text={article.text} mentions={article.mentions} focus={query.start && query.end ? { start: Number(query.start), end: Number(query.end) } : null} />
      <EntitiesNamed mentions={article.mentions} />
      <h2>Relations drawn from this article ({article.relations.length})</h2>
      <ul>
        {article.relations.map((r) => (
          <li key={r.id}>
            <Link href={`/?focus=${encodeURIComponent(r.source.id)}`}>{r.source.name}</Link> <code>{r.type}</code>{' '}
            <Link href={`/?focus=${encodeURIComponent(r.target.id)}`}>{r.target.name}</Link>
            {r.evidence.map((ev, i) => (
              <blockquote key={i} className="evidence">
                <Link href={`?start=${ev.start}&end=${ev.end}#evidence`}>{ev.text}</Link>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
