import type { z } from 'zod';
import { BadInputError, TooLargeError } from '@/lib/errors';

/** Reads a JSON body no larger than maxBytes and validates it; errors name every bad field. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = 200_000): Promise<z.infer<S>> {
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new TooLargeError(`The request body is larger than ${maxBytes} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadInputError('The request body must be JSON (Content-Type: application/json).');
  }
  return validate(schema, json);
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new BadInputError(`Invalid input: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
