import { NextResponse } from 'next/server';
import { listSavedQueries, saveQuery } from '@/lib/saved-queries/saved-queries';
import { NewSavedQuerySchema } from '@/lib/saved-queries/model';
import { requireWriteToken } from '@/lib/auth/write-token';
import { errorResponse } from '@/app/api/respond';
import { readJson } from '@/app/api/parse';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    return NextResponse.json({ savedQueries: await listSavedQueries() });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    requireWriteToken(request);
    const body = await readJson(request, NewSavedQuerySchema);
    return NextResponse.json({ savedQuery: await saveQuery(body) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
