import { describe, expect, it } from 'vitest';
import { checkHost, checkSameOrigin, DEFAULT_ALLOWED_HOSTS, hostName, type OriginHeaders } from './request-checks';

const from = (h: Partial<OriginHeaders>): OriginHeaders => ({ origin: null, secFetchSite: null, host: '127.0.0.1:3000', forwardedHost: null, forwardedProto: null, ...h });

describe('Host allowlist (DNS rebinding)', () => {
  it('answers loopback names on any port', () => {
    for (const host of ['localhost:3000', '127.0.0.1:61234', '[::1]:3000', 'LOCALHOST', 'localhost.']) expect(() => checkHost(host, DEFAULT_ALLOWED_HOSTS)).not.toThrow();
  });

  it('refuses other names, with the variable that fixes it', () => {
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.nip.io', 'localhost.evil.example', '', null]) {
      expect(() => checkHost(host, DEFAULT_ALLOWED_HOSTS)).toThrow(expect.objectContaining({ status: 403, message: expect.stringMatching(/NEWSGRAPH_ALLOWED_HOSTS/) }));
    }
  });

  it('takes configured names, and "*" turns the check off', () => {
    expect(() => checkHost('news.example.org', ['news.example.org'])).not.toThrow();
    expect(() => checkHost('anything', ['*'])).not.toThrow();
    expect(hostName('[::1]:80')).toBe('[::1]');
  });
});

describe('same-origin writes (CSRF)', () => {
  it('accepts the app’s own pages and clients that are not browsers', () => {
    expect(() => checkSameOrigin(from({ origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' }))).not.toThrow();
    expect(() => checkSameOrigin(from({}))).not.toThrow();
    expect(() => checkSameOrigin(from({ origin: 'https://news.example.org', host: 'news.example.org', forwardedProto: 'https' }))).not.toThrow();
  });

  it('refuses another site, another port of the same host, an opaque origin and another scheme', () => {
    const cases: Partial<OriginHeaders>[] = [
      { origin: 'http://evil.example', secFetchSite: 'cross-site' },
      { origin: 'http://evil.example' },
      { origin: 'http://127.0.0.1:4000', secFetchSite: 'same-site' },
      { origin: 'http://127.0.0.1:4000' },
      { secFetchSite: 'cross-site' },
      { origin: 'null' },
      { origin: 'https://127.0.0.1:3000', forwardedProto: 'http' },
    ];
    for (const c of cases) expect(() => checkSameOrigin(from(c)), JSON.stringify(c)).toThrow(expect.objectContaining({ status: 403 }));
  });
});
