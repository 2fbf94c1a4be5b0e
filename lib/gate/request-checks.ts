import { AppError } from '@/lib/errors';

/**
 * Checks on where a request comes from, shared by the proxy (every request), the route wrapper and the action
 * wrapper. Pure: they take header values, so they are tested without a server.
 */
export class ForbiddenOriginError extends AppError {
  constructor(message: string) {
    super(message, 'forbidden', 403);
  }
}

/** The loopback names a local newsgraph answers to when NEWSGRAPH_ALLOWED_HOSTS is unset. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** "Host: 127.0.0.1:3000" → "127.0.0.1"; "[::1]:3000" → "[::1]". Lower case; a trailing dot is dropped. */
export function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  const name = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : value.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/**
 * DNS rebinding: a hostile page on evil.example whose DNS answers 127.0.0.1 reaches the app with "Host:
 * evil.example". Only names on the allowlist are served. "*" turns the check off (behind a proxy that checks).
 */
export function checkHost(host: string | null, allowed: readonly string[]): void {
  if (allowed.includes('*')) return;
  const name = host ? hostName(host) : '';
  if (name === '' || !allowed.map(hostName).includes(name)) {
    throw new ForbiddenOriginError(
      `This server does not answer to the host "${name || '(none)'}". If that is its real name, add it to NEWSGRAPH_ALLOWED_HOSTS (comma-separated; now ${allowed.join(', ')}).`,
    );
  }
}

export type OriginHeaders = { origin: string | null; secFetchSite: string | null; host: string | null; forwardedHost: string | null; forwardedProto: string | null };

/**
 * Cross-site request forgery: a write must come from the app's own origin, the same scheme, host and port.
 * Browsers send Sec-Fetch-Site and Origin with every cross-origin write, so a form or fetch on another site, or on
 * another port of this host ("same-site"), is refused. Clients that send neither (curl, scripts) are not browsers
 * and carry no ambient cookie risk; they still need the token.
 */
export function checkSameOrigin(headers: OriginHeaders): void {
  const site = headers.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new ForbiddenOriginError(`Writes are accepted only from newsgraph's own pages; this request came from a ${site} page.`);
  }
  if (headers.origin === null) return;
  const host = (headers.forwardedHost ?? headers.host ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    throw new ForbiddenOriginError(`Writes are accepted only from newsgraph's own pages; the Origin "${headers.origin}" is not one.`);
  }
  const proto = headers.forwardedProto?.split(',')[0]?.trim().toLowerCase();
  const schemeMatches = proto === undefined || `${proto}:` === origin.protocol;
  if (origin.host.toLowerCase() !== host || !schemeMatches) {
    throw new ForbiddenOriginError(`Writes are accepted only from newsgraph's own pages (${host}); this one came from ${headers.origin}.`);
  }
}

export function originHeadersOf(headers: Headers): OriginHeaders {
  return {
    origin: headers.get('origin'),
    secFetchSite: headers.get('sec-fetch-site'),
    host: headers.get('host'),
    forwardedHost: headers.get('x-forwarded-host'),
    forwardedProto: headers.get('x-forwarded-proto'),
  };
}
