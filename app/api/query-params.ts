import type { z } from 'zod';
import { BadInputError } from '@/lib/errors';

/** Validates a request's query string with a zod schema; every problem is reported at once as a 400. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new BadInputError(parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
