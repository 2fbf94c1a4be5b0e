'use client';

import type { Fields } from './draft';

type Props = {
  fields: Fields;
  address: string;
  pending: boolean;
  error: string | null;
  /** True when the browser would not keep the draft (too long for sessionStorage). */
  storageWarning: boolean;
  onType: (fields: Partial<Fields>, address?: string) => void;
  onPaste: (fields: Fields) => void;
  onUrl: (url: string) => void;
};

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/**
 * Pasted text with optional metadata, or a URL to fetch on the server. Both lead to a preview. The inputs start
 * from the workbench's fields (kept across Back, Forward and reloads) and report every change; what is sent is what
 * the inputs hold when the form is submitted.
 */
export function PasteForm({ fields, address, pending, error, storageWarning, onType, onPaste, onUrl }: Props) {
  const typed = (name: keyof Fields) => (event: { target: { value: string } }) => onType({ [name]: event.target.value });
  return (
    <div className="paste-forms">
      <form
        className="paste-form"
        aria-label="Paste an article"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          onPaste({ text: field(form, 'text'), title: field(form, 'title'), publishedAt: field(form, 'publishedAt'), source: field(form, 'source'), url: field(form, 'url') });
        }}
      >
        <label htmlFor="ingest-text">Article text</label>
        <textarea
          id="ingest-text"
          name="text"
          rows={12}
          required
          defaultValue={fields.text}
          onChange={typed('text')}
          placeholder="Paste the text of a French or English news article…"
        />
        {storageWarning && <p className="notice">This text is too long to keep as a draft in this browser: a reload would lose it.</p>}
        <div className="paste-meta">
          <label>
            Title <input name="title" type="text" maxLength={500} defaultValue={fields.title} onChange={typed('title')} />
          </label>
          <label>
            Date <input name="publishedAt" type="date" defaultValue={fields.publishedAt} onChange={typed('publishedAt')} />
          </label>
          <label>
            Source <input name="source" type="text" maxLength={200} placeholder="e.g. UN News" defaultValue={fields.source} onChange={typed('source')} />
          </label>
          <label>
            URL <input name="url" type="url" placeholder="https://…" defaultValue={fields.url} onChange={typed('url')} />
          </label>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? 'Reading…' : 'Preview'}
        </button>
      </form>
      <form
        className="url-form"
        aria-label="Fetch an article from a URL"
        onSubmit={(event) => {
          event.preventDefault();
          onUrl(field(new FormData(event.currentTarget), 'address'));
        }}
      >
        <label htmlFor="ingest-url">Or fetch a page</label>
        <input
          id="ingest-url"
          name="address"
          type="url"
          required
          placeholder="https://news.example.org/article"
          defaultValue={address}
          onChange={(e) => onType({}, e.target.value)}
        />
        <button type="submit" disabled={pending}>
          {pending ? 'Fetching…' : 'Fetch and preview'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
