'use client';

type Fields = { text: string; title: string; publishedAt: string; source: string; url: string };
type Props = { pending: boolean; error: string | null; onPaste: (fields: Fields) => void; onUrl: (url: string) => void };

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Pasted text with optional metadata, or a URL to fetch on the server. Both lead to a preview. */
export function PasteForm({ pending, error, onPaste, onUrl }: Props) {
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
        <textarea id="ingest-text" name="text" rows={12} required placeholder="Paste the text of a French or English news article…" />
        <div className="paste-meta">
          <label>
            Title <input name="title" type="text" maxLength={500} />
          </label>
          <label>
            Date <input name="publishedAt" type="date" />
          </label>
          <label>
            Source <input name="source" type="text" maxLength={200} placeholder="e.g. UN News" />
          </label>
          <label>
            URL <input name="url" type="url" placeholder="https://…" />
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
        <input id="ingest-url" name="address" type="url" required placeholder="https://news.example.org/article" />
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
