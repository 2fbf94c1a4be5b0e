import Link from 'next/link';
import { highlightTerms } from '@/lib/text/highlight';
import type { Evidence } from '@/lib/graph/types';

/** One source sentence, with the names of both ends marked, and a link to its place in the article. */
export function EvidenceText({ evidence, terms }: { evidence: Evidence; terms: string[] }) {
  return (
    <blockquote className="evidence">
      {highlightTerms(evidence.text, terms).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}{' '}
      <Link href={`/articles/${evidence.articleId}?start=${evidence.start}&end=${evidence.end}#evidence`}>in the article</Link>
    </blockquote>
  );
}
