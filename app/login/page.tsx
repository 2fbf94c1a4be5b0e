import { isWriteProtected } from '@/lib/auth/write-token';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

/** Sign-in for writes (ingest, delete, saved views, seed) when NEWSGRAPH_WRITE_TOKEN is set. Reads never need it. */
export default function LoginPage() {
  return (
    <section className="article-page">
      <h1>Sign in to change the graph</h1>
      {isWriteProtected() ? (
        <p>This server protects writes with a token. Enter it to add or delete articles and save views from this browser.</p>
      ) : (
        <p className="muted">Writes are open on this server: NEWSGRAPH_WRITE_TOKEN is not set.</p>
      )}
      <LoginForm />
    </section>
  );
}
