import type { z } from 'zod';
import { BadInputError } from '@/lib/errors';

/** Validates with zod; the error names every bad field at once. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new BadInputError(`Invalid input: ${parsed.error.issues.map((i) => `${i.path.join('.') || `(${where})`}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
