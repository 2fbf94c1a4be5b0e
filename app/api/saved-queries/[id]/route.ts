import { NextResponse } from 'next/server';
import { deleteSavedQuery, getSavedQuery } from '@/lib/saved-queries/saved-queries';
import { requireWriteToken } from '@/lib/auth/write-token';
import { errorResponse } from '@/app/api/respond';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    return NextResponse.json({ savedQuery: await getSavedQuery((await params).id) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    requireWriteToken(request);
    await deleteSavedQuery((await params).id);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
