import { countArticlesAndEntities } from '@/lib/graph/stats';
import { readRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

/** Liveness plus database reachability, for load balancers and for `npm start` to know the app is ready. */
export const GET = readRoute({ name: 'GET /api/health' }, async () => {
  const counts = await countArticlesAndEntities();
  return { ok: true, database: 'up', articles: counts.articles, entities: counts.entities };
});
