import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The sign-in cookie: a random session id and an expiry, signed with a key derived from the write token.
 * Nothing is stored on the server, so any instance behind a load balancer checks it; changing the token ends
 * every session. The value never contains the token or a fixed digest of it: each sign-in gets a new one.
 */
export const SESSION_COOKIE = 'newsgraph_session';
export const SESSION_SECONDS = 12 * 60 * 60;

const VERSION = 'v1';

function signingKey(token: string): Buffer {
  return createHmac('sha256', token).update('newsgraph session signing key v1').digest();
}

function sign(token: string, payload: string): string {
  return createHmac('sha256', signingKey(token)).update(payload).digest('base64url');
}

export function newSessionValue(token: string, now = Date.now()): string {
  const payload = `${VERSION}.${randomBytes(24).toString('base64url')}.${Math.floor(now / 1000) + SESSION_SECONDS}`;
  return `${payload}.${sign(token, payload)}`;
}

export function sessionIsValid(token: string, value: string | null | undefined, now = Date.now()): boolean {
  if (!value || value.length > 200) return false;
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return false;
  const expires = Number(parts[2]);
  if (!Number.isSafeInteger(expires) || expires * 1000 <= now) return false;
  const expected = Buffer.from(sign(token, parts.slice(0, 3).join('.')));
  const given = Buffer.from(parts[3] ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
