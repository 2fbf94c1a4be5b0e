import { NextResponse } from 'next/server';
import { getHealth } from '@/lib/health/get-health';
import { readRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

/** Each component's state (lib/health): 200 when all are up, 503 otherwise. `npm start` and the UI banner poll it. */
export const GET = readRoute({ name: 'GET /api/health' }, async () => {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
