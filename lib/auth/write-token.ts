import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { SESSION_COOKIE, sessionIsValid } from './session';

/** Worded for who sees it: scripts calling the API are told the header, people on a page are told to sign in. */
const REFUSALS = {
  api: 'This action changes the graph and needs the write token: send "Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>", or sign in at /login.',
  page: 'This action changes the graph and needs the write token: sign in at /login (link at the top right), then try again.',
} as const;

export class UnauthorizedError extends AppError {
  constructor(audience: keyof typeof REFUSALS = 'api') {
    super(REFUSALS[audience], 'unauthorized', 401);
  }
}

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

export function sessionMatches(value: string | null | undefined): boolean {
  const token = getEnv().NEWSGRAPH_WRITE_TOKEN;
  return token === undefined || sessionIsValid(token, value);
}

export type Credentials = { bearer: string | null; session: string | null };

/** Writes need a Bearer token (scripts) or the signed sign-in cookie (the UI). Throws a 401 that says how to fix it. */
export function requireWriteCredentials(credentials: Credentials, audience: 'api' | 'page' = 'api'): void {
  if (!isWriteProtected()) return;
  if (credentials.bearer && tokenMatches(credentials.bearer)) return;
  if (credentials.session && sessionMatches(credentials.session)) return;
  throw new UnauthorizedError(audience);
}

/** The credentials a raw request carries: "Authorization: Bearer …" and the sign-in cookie. */
export function credentialsOf(headers: Headers): Credentials {
  return {
    bearer:
      headers
        .get('authorization')
        ?.match(/^Bearer\s+(.+)$/i)?.[1]
        ?.trim() ?? null,
    session: readCookie(headers.get('cookie'), SESSION_COOKIE),
  };
}

function digest(value: string): Buffer {
  return createHmac('sha256', 'newsgraph-compare').update(value).digest();
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
