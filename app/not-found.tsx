import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="error-box">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been removed from the graph.</p>
      <p>
        <Link href="/">Back to the explorer</Link>
      </p>
    </section>
  );
}
