import { NextResponse } from 'next/server';
import { listSavedQueries, saveQuery } from '@/lib/saved-queries/saved-queries';
import { NewSavedQuerySchema } from '@/lib/saved-queries/model';
import { readRoute, writeRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

export const GET = readRoute({ name: 'GET /api/saved-queries' }, async () => ({ savedQueries: await listSavedQueries() }));

export const POST = writeRoute({ name: 'POST /api/saved-queries', body: NewSavedQuerySchema }, async ({ body }) =>
  NextResponse.json({ savedQuery: await saveQuery(body) }, { status: 201 }),
);
