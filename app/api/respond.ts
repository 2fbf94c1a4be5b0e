import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';

/** JSON errors have one shape everywhere: { error: { code, message } }, with the matching status. */
export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error)) {
    // Cypher errors also say where in the query they are (line, column, offset).
    const position = (error as { position?: unknown }).position;
    // Busy answers say when to come back.
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
    return NextResponse.json({ error: { code: error.code, message: error.message, ...(position ? { position } : {}) } }, { status: error.status, headers });
  }
  console.error('Unexpected error in API route', error);
  return NextResponse.json({ error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } }, { status: 500 });
}
