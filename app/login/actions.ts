'use server';

import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { cookieValueFor, isWriteProtected, tokenMatches, WRITE_COOKIE } from '@/lib/auth/write-token';

export type LoginState = { ok: boolean; message: string };

const LoginSchema = z.object({ token: z.string().min(1, 'Enter the write token.').max(1_000) });

/** Checks the write token (constant time) and sets an httpOnly cookie holding a keyed digest of it. */
export async function login(_previous: LoginState | null, form: FormData): Promise<LoginState> {
  if (!isWriteProtected()) return { ok: true, message: 'Writes are open on this server (NEWSGRAPH_WRITE_TOKEN is not set); no sign-in needed.' };
  const parsed = LoginSchema.safeParse({ token: form.get('token') });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter the write token.' };
  if (!tokenMatches(parsed.data.token)) return { ok: false, message: 'That is not the write token. Check NEWSGRAPH_WRITE_TOKEN on the server.' };
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(WRITE_COOKIE, cookieValueFor(parsed.data.token), { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: 60 * 60 * 12 });
  return { ok: true, message: 'Signed in: you can now change the graph from this browser for 12 hours.' };
}

export async function logout(): Promise<LoginState> {
  (await cookies()).delete(WRITE_COOKIE);
  return { ok: true, message: 'Signed out.' };
}
