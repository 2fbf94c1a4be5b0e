import { z } from 'zod';
import { FilterStateSchema } from '@/lib/filters/state';
import { runFilter } from '@/lib/filters/run';
import { getFilterFacets } from '@/lib/filters/facets';
import { readRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

const FilterRequestSchema = z.object({ filter: FilterStateSchema, countOnly: z.boolean().default(false) });

/** What the filter panel can offer: types, sources, languages, articles and the article-date histogram. */
export const GET = readRoute({ name: 'GET /api/filter' }, () => getFilterFacets());

/** A filter state → the matching entities and relations, the match count and the Cypher that ran. */
export const POST = readRoute({ name: 'POST /api/filter', body: FilterRequestSchema }, ({ body }) => runFilter(body.filter, { countOnly: body.countOnly }));
