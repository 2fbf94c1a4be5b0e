import { cookies } from 'next/headers';
import { cookieMatches, isWriteProtected, UnauthorizedError, WRITE_COOKIE } from './write-token';

/** Server actions that write call this first: with NEWSGRAPH_WRITE_TOKEN set, the login cookie is required. */
export async function assertWriteAllowed(): Promise<void> {
  if (!isWriteProtected()) return;
  if (!cookieMatches((await cookies()).get(WRITE_COOKIE)?.value)) throw new UnauthorizedError();
}
