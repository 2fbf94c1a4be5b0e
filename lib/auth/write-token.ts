import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

export class UnauthorizedError extends AppError {
  constructor() {
    super('This action changes the graph and needs the write token: send "Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>", or sign in at /login.', 'unauthorized', 401);
  }
}

export const WRITE_COOKIE = 'newsgraph_write';

export function isWriteProtected(): boolean {
  return getEnv().NEWSGRAPH_WRITE_TOKEN !== undefined;
}

/** Constant-time comparison: both sides are hashed to equal-length digests first. */
export function tokenMatches(candidate: string | null | undefined): boolean {
  const token = getEnv().NEWSGRAPH_WRITE_TOKEN;
  if (token === undefined) return true;
  if (!candidate) return false;
  return timingSafeEqual(digest(candidate), digest(token));
}

/** The login cookie holds a keyed digest of the token, never the token itself. */
export function cookieValueFor(token: string): string {
  return createHmac('sha256', token).update('newsgraph write session').digest('hex');
}

export function cookieMatches(value: string | null | undefined): boolean {
  const token = getEnv().NEWSGRAPH_WRITE_TOKEN;
  if (token === undefined) return true;
  if (!value) return false;
  return timingSafeEqual(digest(value), digest(cookieValueFor(token)));
}

/** API writes: a Bearer token, or the login cookie (so the UI's own fetches work once signed in). */
export function requireWriteToken(request: Request): void {
  if (!isWriteProtected()) return;
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer && tokenMatches(bearer)) return;
  if (cookieMatches(readCookie(request.headers.get('cookie'), WRITE_COOKIE))) return;
  throw new UnauthorizedError();
}

function digest(value: string): Buffer {
  return createHmac('sha256', 'newsgraph-compare').update(value).digest();
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}
