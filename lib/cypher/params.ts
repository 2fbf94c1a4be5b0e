import { z } from 'zod';
import { int } from '@/lib/neo4j/values';
import { BadInputError, TooLargeError } from '@/lib/errors';

export const MAX_PARAMS_BYTES = 100_000;
/** Lists and maps inside lists and maps: real parameters nest two or three deep; 32 leaves room and no stack risk. */
export const MAX_PARAMS_DEPTH = 32;
/** Every value counted, containers included: bounds the work a walk does whatever the byte size. */
export const MAX_PARAMS_VALUES = 50_000;

/**
 * What is wrong with a parameter value's shape, or null. The walk is iterative: a value nested 100,000 deep
 * (JSON.parse builds one without complaint) must be measured without the recursion that would overflow the
 * stack, and cycles (possible from code, not from JSON) end at the depth bound.
 */
export function paramsShapeProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    count += 1;
    if (count > MAX_PARAMS_VALUES) return `The parameters hold more than ${MAX_PARAMS_VALUES.toLocaleString('en')} values; pass fewer, or filter in the query.`;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_PARAMS_DEPTH) return `The parameters nest lists or maps more than ${MAX_PARAMS_DEPTH} levels deep; flatten them (e.g. {"ids": ["a", "b"]}).`;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return null;
}

/** Parameters as the console and API accept them: a JSON object of named values, bounded in depth and count. */
export const CypherParamsSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { message: 'parameter names are letters, digits and _' }), z.unknown())
  .superRefine((params, ctx) => {
    const problem = paramsShapeProblem(params);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .default({});

/**
 * Parameters are values, never code, so injection through them is impossible by construction. JSON has no
 * integers: whole numbers become Neo4j integers so that `LIMIT $n` and `range(0, $n)` work. The shape is checked
 * again here (before JSON.stringify, which recurses) for callers that did not go through CypherParamsSchema.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const problem = paramsShapeProblem(params);
  if (problem) throw new BadInputError(problem);
  const bytes = Buffer.byteLength(JSON.stringify(params), 'utf8');
  if (bytes > MAX_PARAMS_BYTES)
    throw new TooLargeError(`The parameters are ${bytes.toLocaleString('en')} bytes; the limit is ${MAX_PARAMS_BYTES.toLocaleString('en')}. Pass fewer or shorter values.`);
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  return value;
}
