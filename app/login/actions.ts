'use server';

import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { asFormAction, readAction } from '@/lib/gate/server-action';
import { BadInputError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { isWriteProtected, tokenMatches } from '@/lib/auth/write-token';
import { newSessionValue, SESSION_COOKIE, SESSION_SECONDS } from '@/lib/auth/session';
import { checkLoginAllowed, recordLoginFailure } from '@/lib/auth/login-limiter';

/** The client a failed attempt is counted against: the proxy's forwarded address, or one bucket for direct callers. */
async function clientKey(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'direct';
}

/**
 * Checks the write token (constant time, a few failures per client per 10 minutes) and sets an httpOnly,
 * SameSite=Strict cookie with a fresh signed session (Secure under HTTPS). Made as a read: it changes no graph data.
 */
export const login = asFormAction(
  readAction({
    name: 'login',
    input: z.object({ token: z.string({ error: 'Enter the write token.' }).min(1, 'Enter the write token.').max(1_000) }),
    run: async ({ token }) => {
      if (!isWriteProtected()) return 'Writes are open on this server (NEWSGRAPH_WRITE_TOKEN is not set); no sign-in needed.';
      const client = await clientKey();
      checkLoginAllowed(client);
      if (!tokenMatches(token)) {
        recordLoginFailure(client);
        throw new BadInputError('That is not the write token. Check NEWSGRAPH_WRITE_TOKEN on the server.');
      }
      const h = await headers();
      const secure = h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
      (await cookies()).set(SESSION_COOKIE, newSessionValue(getEnv().NEWSGRAPH_WRITE_TOKEN as string), {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
        maxAge: SESSION_SECONDS,
      });
      return 'Signed in: you can now change the graph from this browser for 12 hours.';
    },
    message: (m) => m,
  }),
);

export const logout = asFormAction(
  readAction({
    name: 'logout',
    input: z.object({}),
    run: async () => {
      (await cookies()).delete(SESSION_COOKIE);
      return 'Signed out.';
    },
    message: (m) => m,
  }),
);
