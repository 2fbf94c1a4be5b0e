import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getNeighbours } from '@/lib/graph/neighbours';
import { RelationTypeSchema } from '@/lib/model';
import { errorResponse } from '@/app/api/respond';
import { parseQuery } from '@/app/api/query-params';

const NeighbourParams = z.object({
  relType: RelationTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().max(20).optional(),
});

/** GET /api/entities/:id/neighbors?relType=&limit=&cursor= — neighbours grouped and capped per relation type. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return NextResponse.json(await getNeighbours(id, parseQuery(request, NeighbourParams)));
  } catch (error) {
    return errorResponse(error);
  }
}
