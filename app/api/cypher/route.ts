import { z } from 'zod';
import { runReadOnlyCypher } from '@/lib/cypher/run';
import { CypherParamsSchema } from '@/lib/cypher/params';
import { readRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

/** Limits may only be lowered by the caller; the server's CYPHER_TIMEOUT_MS and CYPHER_ROW_CAP are ceilings. */
const CypherRequestSchema = z.object({
  query: z.string(),
  params: CypherParamsSchema,
  timeoutMs: z.number().int().min(100).optional(),
  rowCap: z.number().int().min(1).optional(),
});

/** Read-only Cypher: refused unless EXPLAIN says read-only; runs with a timeout and a row cap. */
// The text limit (10 KB) is checked by the guard with a 413; the body may carry params too.
export const POST = readRoute({ name: 'POST /api/cypher', body: CypherRequestSchema, maxBytes: 150_000 }, ({ body }) =>
  runReadOnlyCypher(body.query, body.params, { timeoutMs: body.timeoutMs, rowCap: body.rowCap }),
);
