import { z } from 'zod';
import { int } from '@/lib/neo4j/values';
import { TooLargeError } from '@/lib/errors';
import { nestingDepth } from '@/lib/json-depth';

export const MAX_PARAMS_BYTES = 100_000;
/** Deeper parameters overflow the stack of JSON.stringify (size check, saving) and of the conversion below. */
export const MAX_PARAMS_DEPTH = 32;

/** Parameters as the console and API accept them: a JSON object of named values. */
export const CypherParamsSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { message: 'parameter names are letters, digits and _' }), z.unknown())
  .refine((params) => nestingDepth(params, MAX_PARAMS_DEPTH) <= MAX_PARAMS_DEPTH, { message: `parameters may nest lists and maps at most ${MAX_PARAMS_DEPTH} levels deep` })
  .default({});

/**
 * Parameters are values, never code, so injection through them is impossible by construction. JSON has no
 * integers: whole numbers become Neo4j integers so that `LIMIT $n` and `range(0, $n)` work.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const bytes = Buffer.byteLength(JSON.stringify(params), 'utf8');
  if (bytes > MAX_PARAMS_BYTES) throw new TooLargeError(`The parameters are ${bytes} bytes; the limit is ${MAX_PARAMS_BYTES}.`);
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  return value;
}
