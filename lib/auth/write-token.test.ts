import { describe, expect, it } from 'vitest';

process.env.NEWSGRAPH_WRITE_TOKEN = 'a-long-enough-secret-token';
const { cookieValueFor, requireWriteToken, tokenMatches, WRITE_COOKIE } = await import('./write-token');

const request = (headers: Record<string, string>) => new Request('http://localhost/api/articles', { method: 'POST', headers });

describe('write token', () => {
  it('compares tokens exactly', () => {
    expect(tokenMatches('a-long-enough-secret-token')).toBe(true);
    expect(tokenMatches('a-long-enough-secret-tokeN')).toBe(false);
    expect(tokenMatches('')).toBe(false);
    expect(tokenMatches(undefined)).toBe(false);
  });

  it('accepts a Bearer token or the login cookie, and refuses everything else with a 401 that says how to fix it', () => {
    expect(() => requireWriteToken(request({ authorization: 'Bearer a-long-enough-secret-token' }))).not.toThrow();
    expect(() => requireWriteToken(request({ cookie: `x=1; ${WRITE_COOKIE}=${cookieValueFor('a-long-enough-secret-token')}` }))).not.toThrow();
    expect(() => requireWriteToken(request({}))).toThrow(expect.objectContaining({ status: 401, message: expect.stringMatching(/Authorization: Bearer/) }));
    expect(() => requireWriteToken(request({ authorization: 'Bearer wrong' }))).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => requireWriteToken(request({ cookie: `${WRITE_COOKIE}=a-long-enough-secret-token` }))).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('the cookie never holds the token itself', () => {
    expect(cookieValueFor('a-long-enough-secret-token')).not.toContain('secret');
  });
});
