import { getEntity } from '@/lib/graph/explore';
import { readRoute } from '@/lib/gate/api-route';

export const GET = readRoute({ name: 'GET /api/entities/{id}' }, async ({ params }) => ({ entity: await getEntity(params.id) }));
