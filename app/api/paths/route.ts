import { NextResponse } from 'next/server';
import { z } from 'zod';
import { findShortestPaths, MAX_PATH_HOPS } from '@/lib/graph/paths';
import { errorResponse } from '@/app/api/respond';
import { parseQuery } from '@/app/api/query-params';

const PathParams = z.object({
  from: z.string().min(1, 'from (an entity id) is required').max(200),
  to: z.string().min(1, 'to (an entity id) is required').max(200),
  maxHops: z.coerce.number().int().min(1).max(MAX_PATH_HOPS).default(MAX_PATH_HOPS),
});

/** GET /api/paths?from=&to=&maxHops= — shortest paths over typed relations, each hop with its evidence. */
export async function GET(request: Request) {
  try {
    const { from, to, maxHops } = parseQuery(request, PathParams);
    return NextResponse.json({ paths: await findShortestPaths(from, to, maxHops) });
  } catch (error) {
    return errorResponse(error);
  }
}
