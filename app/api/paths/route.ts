import { z } from 'zod';
import { findShortestPaths, MAX_PATH_HOPS } from '@/lib/graph/paths';
import { readRoute } from '@/lib/gate/api-route';

const PathParams = z.object({
  from: z.string().min(1, 'from (an entity id) is required').max(200),
  to: z.string().min(1, 'to (an entity id) is required').max(200),
  maxHops: z.coerce.number().int().min(1).max(MAX_PATH_HOPS).default(MAX_PATH_HOPS),
});

/** GET /api/paths?from=&to=&maxHops= — shortest paths over typed relations, each hop with its evidence. */
export const GET = readRoute({ name: 'GET /api/paths', query: PathParams }, async ({ query }) => ({ paths: await findShortestPaths(query.from, query.to, query.maxHops) }));
