import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/graph/articles';
import { removeArticle } from '@/lib/graph/load-article';
import { NotFoundError } from '@/lib/errors';
import { readRoute, writeRoute } from '@/lib/gate/api-route';

export const GET = readRoute({ name: 'GET /api/articles/{id}' }, async ({ params }) => ({ article: await getArticle(params.id) }));

/** Removes the article, its mentions and evidence, and entities or relations only it supported. */
export const DELETE = writeRoute({ name: 'DELETE /api/articles/{id}' }, async ({ params }) => {
  if (!(await removeArticle(params.id))) throw new NotFoundError(`Article "${params.id}"`);
  return new NextResponse(null, { status: 204 });
});
