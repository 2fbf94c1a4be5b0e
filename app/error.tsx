'use client';

/** Shown when a page fails unexpectedly: what happened, and a way to try again without losing the URL. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="error-box" role="alert">
      <h1>Something went wrong</h1>
      <p>{error.digest ? `The server hit an error (reference ${error.digest}); it has been logged.` : error.message}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
