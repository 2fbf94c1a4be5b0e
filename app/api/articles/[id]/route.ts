import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/graph/articles';
import { removeArticle } from '@/lib/graph/load-article';
import { NotFoundError } from '@/lib/errors';
import { requireWriteToken } from '@/lib/auth/write-token';
import { errorResponse } from '@/app/api/respond';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    return NextResponse.json({ article: await getArticle((await params).id) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Removes the article, its mentions and evidence, and entities or relations only it supported. */
export async function DELETE(request: Request, { params }: Context) {
  try {
    requireWriteToken(request);
    const { id } = await params;
    if (!(await removeArticle(id))) throw new NotFoundError(`Article "${id}"`);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
