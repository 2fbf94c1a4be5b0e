import { NextResponse } from 'next/server';
import { countArticlesAndEntities } from '@/lib/graph/stats';
import { errorResponse } from '@/app/api/respond';

export const dynamic = 'force-dynamic';

/** Liveness plus database reachability, for load balancers and for `npm start` to know the app is ready. */
export async function GET() {
  try {
    const counts = await countArticlesAndEntities();
    return NextResponse.json({ ok: true, database: 'up', articles: counts.articles, entities: counts.entities });
  } catch (error) {
    return errorResponse(error);
  }
}
