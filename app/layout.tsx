import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { HealthBanner } from './health-banner';
import { SignInLink } from './sign-in-link';
import './globals.css';

export const metadata: Metadata = {
  title: 'newsgraph',
  description: 'News articles as a knowledge graph you can explore: entities, relations and the sentence behind every edge.',
};

/** Every page renders per request, so each gets the fresh CSP nonce that proxy.ts makes (Next.js puts it on its scripts). */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            newsgraph
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/">Explorer</Link>
              </li>
              <li>
                <Link href="/articles">Articles</Link>
              </li>
              <li>
                <Link href="/map">Map</Link>
              </li>
              <li>
                <Link href="/ingest">Ingest</Link>
              </li>
              <li>
                <Link href="/curation/duplicates">Duplicates</Link>
              </li>
              <li>
                <Link href="/cypher">Cypher console</Link>
              </li>
            </ul>
          </nav>
          <SignInLink />
        </header>
        <HealthBanner />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
