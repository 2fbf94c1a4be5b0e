import { BadInputError } from '@/lib/errors';

/**
 * decodeURIComponent for one path segment, with malformed percent-encoding (a stray "%", "%zz", bytes that are
 * not UTF-8 such as "%E0%A4%A") turned into a 400 that says what to fix instead of a URIError (a 500).
 */
export function safeDecodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new BadInputError(`The URL segment "${raw.slice(0, 80)}" is not valid percent-encoded UTF-8; encode it with encodeURIComponent.`);
  }
}

/**
 * Whether any segment of a URL path fails to decode. Next's router decodes dynamic segments before any route
 * handler runs and answers a failure with a bare 500, so this must be checked in proxy.ts, which runs first.
 */
export function hasUndecodableSegment(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}
