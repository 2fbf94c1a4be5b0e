import { readRoute } from '@/lib/gate/api-route';
import { getTimeline } from '@/lib/timeline/get-timeline';
import { TimelineQuerySchema } from '@/lib/timeline/params';

export const dynamic = 'force-dynamic';

/**
 * An entity's mentions and relation evidence (?entity=<id>), or the evidence of the relations between two
 * entities (?from=<id>&to=<id>[&type=<RELATION_TYPE>]), each dated by its article; undated items come last.
 */
export const GET = readRoute({ name: 'GET /api/timeline', query: TimelineQuerySchema }, async ({ query }) => ({ timeline: await getTimeline(query) }));
