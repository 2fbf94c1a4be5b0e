import type { Snippet } from '@/lib/text/snippet';

/** A search hit in context; the marks are elements and the text stays text (React escapes it), never HTML. */
export function SnippetText({ snippet, lang }: { snippet: Snippet; lang: string }) {
  return (
    <p className="snippet" lang={lang}>
      {snippet.clippedStart && '… '}
      {snippet.segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      {snippet.clippedEnd && ' …'}
    </p>
  );
}
