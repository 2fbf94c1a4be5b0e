import { NextResponse } from 'next/server';
import { deleteSavedQuery, getSavedQuery } from '@/lib/saved-queries/saved-queries';
import { readRoute, writeRoute } from '@/lib/gate/api-route';

export const GET = readRoute({ name: 'GET /api/saved-queries/{id}' }, async ({ params }) => ({ savedQuery: await getSavedQuery(params.id) }));

export const DELETE = writeRoute({ name: 'DELETE /api/saved-queries/{id}' }, async ({ params }) => {
  await deleteSavedQuery(params.id);
  return new NextResponse(null, { status: 204 });
});
