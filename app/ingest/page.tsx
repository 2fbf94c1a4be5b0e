import './ingest.css';
import type { Metadata } from 'next';
import { SeedButton } from '@/app/explorer/seed-button';
import { getEnv } from '@/lib/env';
import { SUPPORTED_EXTENSIONS } from '@/lib/ingest/files';
import { Workbench } from './workbench';
import { countArticlesAndEntities } from '@/lib/graph/stats';
import { orUnavailable } from '@/lib/result';
import { UploadForm } from './upload-form';

export const metadata: Metadata = { title: 'Ingest articles · newsgraph' };
export const dynamic = 'force-dynamic';

export default async function IngestPage() {
  const maxBytes = getEnv().MAX_ARTICLE_BYTES;
  // Previews and commits need the database: say so up front rather than after the user has pasted an article.
  const db = await orUnavailable(countArticlesAndEntities);
  return (
    <div className="ingest-page">
      <h1>Add articles to the graph</h1>
      {!db.ok && (
        <p role="alert" className="error-box">
          {db.message}
        </p>
      )}
      <p className="muted">
        Paste an article or give its URL to preview the entities and relations found in it before they are stored, or upload files to load many at once. French and English are
        read; each article may be up to {maxBytes.toLocaleString('en')} bytes.
      </p>
      <Workbench />
      <section aria-labelledby="upload-heading" className="ingest-section">
        <h2 id="upload-heading">Upload files</h2>
        <p className="muted">
          {SUPPORTED_EXTENSIONS.join(', ')} — JSON and JSONL hold records of {'{title, text, publishedAt, source, url, language}'}. Titles, dates and sources are read from each
          file (JSON fields, HTML meta, a dateline at the top of a text); an article without a date stays undated.
        </p>
        <UploadForm />
      </section>
      <section aria-labelledby="seed-heading" className="ingest-section">
        <h2 id="seed-heading">Seed articles</h2>
        <p className="muted">The hand-annotated seed articles in graph-seed/; reloading them is safe to repeat.</p>
        <SeedButton />
      </section>
    </div>
  );
}
