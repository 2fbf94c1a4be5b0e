import { describe, expect, it } from 'vitest';

process.env.NEWSGRAPH_WRITE_TOKEN = 'a-long-enough-secret-token';
const { credentialsOf, requireWriteCredentials, tokenMatches } = await import('./write-token');
const { newSessionValue, sessionIsValid, SESSION_COOKIE, SESSION_SECONDS } = await import('./session');

const TOKEN = 'a-long-enough-secret-token';
const headers = (h: Record<string, string>) => new Headers(h);

describe('write token', () => {
  it('compares tokens exactly', () => {
    expect(tokenMatches(TOKEN)).toBe(true);
    expect(tokenMatches('a-long-enough-secret-tokeN')).toBe(false);
    expect(tokenMatches('')).toBe(false);
    expect(tokenMatches(undefined)).toBe(false);
  });

  it('accepts a Bearer token or a signed session cookie, and refuses everything else with a 401 that says how to fix it', () => {
    expect(() => requireWriteCredentials(credentialsOf(headers({ authorization: `Bearer ${TOKEN}` })))).not.toThrow();
    expect(() => requireWriteCredentials(credentialsOf(headers({ cookie: `x=1; ${SESSION_COOKIE}=${newSessionValue(TOKEN)}` })))).not.toThrow();
    expect(() => requireWriteCredentials(credentialsOf(headers({})))).toThrow(expect.objectContaining({ status: 401, message: expect.stringMatching(/Authorization: Bearer/) }));
    expect(() => requireWriteCredentials(credentialsOf(headers({ authorization: 'Bearer wrong' })))).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => requireWriteCredentials(credentialsOf(headers({ cookie: `${SESSION_COOKIE}=${TOKEN}` })))).toThrow(expect.objectContaining({ status: 401 }));
  });
});

describe('session cookie', () => {
  it('is random per sign-in and never holds the token', () => {
    const a = newSessionValue(TOKEN);
    const b = newSessionValue(TOKEN);
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret');
    expect(sessionIsValid(TOKEN, a)).toBe(true);
  });

  it('is refused when forged, signed with another token, tampered with, or expired', () => {
    const value = newSessionValue(TOKEN);
    const [v, id, exp, sig] = value.split('.');
    expect(sessionIsValid('another-long-enough-token', value)).toBe(false);
    expect(sessionIsValid(TOKEN, `${v}.${id}.${Number(exp) + 3600}.${sig}`)).toBe(false);
    expect(sessionIsValid(TOKEN, `${v}.${id}x.${exp}.${sig}`)).toBe(false);
    expect(sessionIsValid(TOKEN, value, Date.now() + (SESSION_SECONDS + 1) * 1000)).toBe(false);
    expect(sessionIsValid(TOKEN, '')).toBe(false);
    expect(sessionIsValid(TOKEN, 'v1.a.b')).toBe(false);
  });
});
