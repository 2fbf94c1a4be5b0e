import { describe, expect, it } from 'vitest';
import { mapPool, semaphore } from './pool';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapPool', () => {
  it('keeps the order of the items, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapPool([30, 5, 20, 1, 10, 2], 3, async (ms, i) => {
      most = Math.max(most, ++inFlight);
      await sleep(ms);
      inFlight--;
      return `${i}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure and throws the first error once the started items settle', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapPool([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await sleep(n === 1 ? 5 : 20);
      if (n === 1) throw new Error('database down');
      finished.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('database down');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });

  it('handles no items', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});

describe('semaphore', () => {
  it('lets at most `limit` run at once, the others in arrival order, and frees the slot after a failure', async () => {
    const gate = semaphore(2);
    let active = 0;
    let most = 0;
    const started: number[] = [];
    const job = (i: number) =>
      gate(async () => {
        started.push(i);
        active += 1;
        most = Math.max(most, active);
        await new Promise((r) => setTimeout(r, 5));
        active -= 1;
        if (i === 1) throw new Error('one fails');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(job));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await gate(async () => 'after')).toBe('after');
  });
});
