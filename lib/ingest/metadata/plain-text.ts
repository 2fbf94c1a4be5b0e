import { findDate } from './dates';
import type { ArticleMetadata } from './fields';

/** How many non-empty lines at the top may hold the headline and the dateline. */
const HEAD_LINES = 6;
/** A date this far into a line is its dateline ("PARIS, 12 mars 2024 (AFP) –"), not a date the story talks about. */
const DATELINE_REACH = 45;
/** A line with at most this many other characters besides its date is a date line ("Publié le 3 juin 2024"). */
const DATE_LINE_EXTRA = 32;
const MAX_HEADLINE = 200;

/**
 * The headline and publication date written at the top of a plain-text article. A short first line without a
 * final full stop, that is more than a date, is the headline (its own dates are the story's, not the paper's).
 * The first other top line that starts with a date (after a place, "Publié le", "Published", "Updated") or is
 * little more than one gives the date. Language is left to the extractor.
 */
export function metadataFromPlainText(text: string): ArticleMetadata {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, HEAD_LINES);
  const out: ArticleMetadata = {};
  const first = lines[0];
  const headline = first !== undefined && lines.length > 1 && looksLikeHeadline(first);
  if (headline) out.title = first.replace(/^#+\s*/, '');
  const publishedAt = lines
    .slice(headline ? 1 : 0)
    .map(datelineOf)
    .find((d) => d !== undefined);
  if (publishedAt) out.publishedAt = publishedAt;
  return out;
}

/** The date a top line announces, when it is a dateline rather than a sentence that mentions a date. */
function datelineOf(line: string): string | undefined {
  const found = findDate(line);
  if (!found) return undefined;
  return found.index <= DATELINE_REACH || line.length - found.length <= DATE_LINE_EXTRA ? found.date : undefined;
}

function looksLikeHeadline(line: string): boolean {
  const date = findDate(line);
  if (date && line.length - date.length <= DATE_LINE_EXTRA) return false;
  return line.length <= MAX_HEADLINE && !/[.;,:]$/.test(line) && /\p{L}/u.test(line);
}
