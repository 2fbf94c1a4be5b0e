import Link from 'next/link';
import { cookies } from 'next/headers';
import { isWriteProtected, sessionMatches } from '@/lib/auth/write-token';
import { SESSION_COOKIE } from '@/lib/auth/session';

/** The header's way to /login, shown only when writes are protected: "Sign in", or "Signed in" once the cookie is good. */
export async function SignInLink() {
  if (!isWriteProtected()) return null;
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  const signedIn = session !== undefined && sessionMatches(session);
  return (
    <Link href="/login" className="sign-in-link" aria-label={signedIn ? 'Signed in: this browser can change the graph (sign out)' : 'Sign in to change the graph'}>
      {signedIn ? 'Signed in' : 'Sign in'}
    </Link>
  );
}
