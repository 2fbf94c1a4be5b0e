import { cookies } from 'next/headers';
import { isWriteProtected, sessionMatches } from '@/lib/auth/write-token';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

/** Sign-in for writes (ingest, delete, saved views, seed, curation) when NEWSGRAPH_WRITE_TOKEN is set. Reads never need it. */
export default async function LoginPage() {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  const signedIn = isWriteProtected() && session !== undefined && sessionMatches(session);
  return (
    <section className="article-page">
      <h1>Sign in to change the graph</h1>
      {isWriteProtected() ? (
        <p>
          {signedIn
            ? 'You are signed in: this browser can change the graph.'
            : 'This server protects writes with a token. Enter it to add or delete articles, curate entities and save views from this browser.'}
        </p>
      ) : (
        <p className="muted">Writes are open on this server: NEWSGRAPH_WRITE_TOKEN is not set.</p>
      )}
      <LoginForm signedIn={signedIn} />
    </section>
  );
}
