import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';

/** JSON errors have one shape everywhere: { error: { code, message } }, with the matching status. */
export function errorResponse(error: unknown, where = 'API route'): NextResponse {
  if (isAppError(error)) {
    // Cypher errors also say where in the query they are (line, column, offset).
    const position = (error as { position?: unknown }).position;
    // Busy answers say when to come back.
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds ?? (error.status === 429 || error.status === 503 ? 5 : undefined);
    const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
    return NextResponse.json({ error: { code: error.code, message: error.message, ...(position ? { position } : {}) } }, { status: error.status, headers });
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return NextResponse.json({ error: { code: 'bad_input', message: 'The input is nested too deeply; flatten it.' } }, { status: 400 });
  }
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'unexpected error',
      where,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    }),
  );
  return NextResponse.json({ error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } }, { status: 500 });
}
