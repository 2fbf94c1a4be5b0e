import { NextResponse } from 'next/server';
import { z } from 'zod';
import { FilterStateSchema } from '@/lib/filters/state';
import { runFilter } from '@/lib/filters/run';
import { getFilterFacets } from '@/lib/filters/facets';
import { errorResponse } from '@/app/api/respond';
import { readJson } from '@/app/api/parse';

export const dynamic = 'force-dynamic';

const FilterRequestSchema = z.object({ filter: FilterStateSchema, countOnly: z.boolean().default(false) });

/** What the filter panel can offer: types, sources, languages, articles and the article-date histogram. */
export async function GET() {
  try {
    return NextResponse.json(await getFilterFacets());
  } catch (error) {
    return errorResponse(error);
  }
}

/** A filter state → the matching entities and relations, the match count and the Cypher that ran. */
export async function POST(request: Request) {
  try {
    const body = await readJson(request, FilterRequestSchema);
    return NextResponse.json(await runFilter(body.filter, { countOnly: body.countOnly }));
  } catch (error) {
    return errorResponse(error);
  }
}
