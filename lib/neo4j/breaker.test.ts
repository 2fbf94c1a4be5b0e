import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, NotFoundError } from '@/lib/errors';
import { checkBreaker, isBreakerOpen, recordOutcome } from './breaker';

const down = () => Promise.reject(new Error('ECONNREFUSED'));
const up = () => Promise.resolve();

describe('circuit breaker', () => {
  it('lets calls through while closed, and stays closed on errors that are not outages', async () => {
    await expect(checkBreaker(down)).resolves.toBeUndefined();
    recordOutcome(new NotFoundError('Entity "x"'));
    expect(isBreakerOpen()).toBe(false);
  });

  it('after an outage fails at once without probing again within the interval, then closes when a probe succeeds', async () => {
    recordOutcome(new DatabaseUnavailableError('ServiceUnavailable'));
    expect(isBreakerOpen()).toBe(true);
    let probes = 0;
    const counting = () => {
      probes++;
      return up();
    };
    const started = Date.now();
    const error = await checkBreaker(counting).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/ServiceUnavailable/);
    expect(Date.now() - started).toBeLessThan(50);
    expect(probes).toBe(0);
    await new Promise((r) => setTimeout(r, 1_050));
    await expect(checkBreaker(counting)).resolves.toBeUndefined();
    expect(probes).toBe(1);
    expect(isBreakerOpen()).toBe(false);
  });

  it('stays open while the probe fails', async () => {
    recordOutcome(new DatabaseUnavailableError());
    await new Promise((r) => setTimeout(r, 1_050));
    await expect(checkBreaker(down)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(isBreakerOpen()).toBe(true);
    recordOutcome(null);
  });
});
