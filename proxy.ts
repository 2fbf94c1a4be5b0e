import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { checkHost } from '@/lib/gate/request-checks';
import { contentSecurityPolicy } from '@/lib/gate/csp';
import { hasUndecodableSegment } from '@/lib/safe-decode';

/**
 * Runs before every request. It refuses hosts not on NEWSGRAPH_ALLOWED_HOSTS (DNS rebinding), and gives every page
 * a fresh CSP nonce: Next.js reads it from the request's Content-Security-Policy header and puts it on its own
 * scripts, so no inline script runs without it ('unsafe-inline' is gone from script-src).
 */
export function proxy(request: NextRequest) {
  try {
    checkHost(request.headers.get('host'), getEnv().NEWSGRAPH_ALLOWED_HOSTS);
  } catch (error) {
    return NextResponse.json({ error: { code: 'forbidden', message: (error as Error).message } }, { status: 403 });
  }
  // Next.js answers a path it cannot decode (/api/entities/%E0%A4%A) with a bare 500; this makes it a 400.
  if (hasUndecodableSegment(request.nextUrl.pathname)) {
    return NextResponse.json(
      { error: { code: 'bad_input', message: 'The URL has a malformed percent-encoding; encode each path segment with encodeURIComponent.' } },
      { status: 400 },
    );
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
