import { beforeEach, describe, expect, it } from 'vitest';
import { checkLoginAllowed, recordLoginFailure, resetLoginLimiter } from './login-limiter';

describe('login limiter', () => {
  beforeEach(() => resetLoginLimiter());

  it('allows five failures per client in ten minutes, then refuses with a 429 until the window passes', () => {
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(() => checkLoginAllowed('a', t0 + i)).not.toThrow();
      recordLoginFailure('a', t0 + i);
    }
    expect(() => checkLoginAllowed('a', t0 + 10)).toThrow(expect.objectContaining({ status: 429 }));
    expect(() => checkLoginAllowed('b', t0 + 10)).not.toThrow();
    expect(() => checkLoginAllowed('a', t0 + 10 * 60 * 1000 + 10)).not.toThrow();
  });

  it('caps failures from all clients together, so rotating addresses does not help', () => {
    for (let i = 0; i < 50; i++) recordLoginFailure(`client-${i}`, 5_000 + i);
    expect(() => checkLoginAllowed('fresh', 6_000)).toThrow(expect.objectContaining({ status: 429 }));
  });
});
