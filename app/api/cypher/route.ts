import { NextResponse } from 'next/server';
import { z } from 'zod';
import { runReadOnlyCypher } from '@/lib/cypher/run';
import { CypherParamsSchema } from '@/lib/cypher/params';
import { errorResponse } from '@/app/api/respond';
import { readJson } from '@/app/api/parse';

export const dynamic = 'force-dynamic';

/** Limits may only be lowered by the caller; the server's CYPHER_TIMEOUT_MS and CYPHER_ROW_CAP are ceilings. */
const CypherRequestSchema = z.object({
  query: z.string(),
  params: CypherParamsSchema,
  timeoutMs: z.number().int().min(100).optional(),
  rowCap: z.number().int().min(1).optional(),
});

/** Read-only Cypher: refused unless EXPLAIN says read-only; runs with a timeout and a row cap. */
export async function POST(request: Request) {
  try {
    // The text limit (10 KB) is checked by the guard with a 413; the body may carry params too.
    const body = await readJson(request, CypherRequestSchema, 150_000);
    return NextResponse.json(await runReadOnlyCypher(body.query, body.params, { timeoutMs: body.timeoutMs, rowCap: body.rowCap }));
  } catch (error) {
    return errorResponse(error);
  }
}
