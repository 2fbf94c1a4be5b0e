import { z } from 'zod';
import { getNeighbours } from '@/lib/graph/neighbours';
import { RelationTypeSchema } from '@/lib/model';
import { readRoute } from '@/lib/gate/api-route';

const NeighbourParams = z.object({
  relType: RelationTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().max(20).optional(),
});

/** GET /api/entities/:id/neighbors?relType=&limit=&cursor= — neighbours grouped and capped per relation type. */
export const GET = readRoute({ name: 'GET /api/entities/{id}/neighbors', query: NeighbourParams }, ({ params, query }) => getNeighbours(params.id, query));
