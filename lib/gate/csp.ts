/**
 * The Content-Security-Policy of every page. Scripts need the request's nonce ('strict-dynamic' lets the scripts
 * Next.js loads load their chunks). Styles keep 'unsafe-inline': React renders style attributes and CodeMirror
 * and Cytoscape add style elements, and a style cannot run code. Development adds 'unsafe-eval' for React's
 * debugging; production never has it.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
