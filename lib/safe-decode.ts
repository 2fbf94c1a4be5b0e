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
