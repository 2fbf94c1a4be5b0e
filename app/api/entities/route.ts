import { z } from 'zod';
import { searchEntities } from '@/lib/graph/search';
import { EntityTypeSchema } from '@/lib/model';
import { readRoute } from '@/lib/gate/api-route';

const SearchParams = z.object({
  q: z.string().trim().min(1, 'q (what to search for) is required').max(200),
  type: EntityTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  cursor: z.string().max(20).optional(),
});

/** GET /api/entities?q=&type=&limit=&cursor= — full-text search over names and aliases. */
export const GET = readRoute({ name: 'GET /api/entities', query: SearchParams }, ({ query }) => searchEntities(query));
