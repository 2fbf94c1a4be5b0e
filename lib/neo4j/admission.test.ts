import { describe, expect, it } from 'vitest';
import { Admission } from './admission';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Admission', () => {
  it('lets `limit` in at once and the rest in arrival order as slots free up', async () => {
    const admission = new Admission(2);
    const order: number[] = [];
    const releases = await Promise.all([admission.acquire(), admission.acquire()]);
    const later = [3, 4, 5].map((n) => admission.acquire().then((release) => (order.push(n), release)));
    await tick();
    expect(admission.state).toEqual({ inFlight: 2, waiting: 3 });
    releases[0]?.();
    await tick();
    expect(order).toEqual([3]);
    releases[1]?.();
    await tick();
    expect(order).toEqual([3, 4]);
    expect(admission.state).toEqual({ inFlight: 2, waiting: 1 });
    for (const release of await Promise.all(later.slice(0, 2))) release();
    await tick();
    expect(order).toEqual([3, 4, 5]);
    (await later[2])?.();
    expect(admission.state).toEqual({ inFlight: 0, waiting: 0 });
  });

  it('ignores a second release of the same slot, so a double release cannot let an extra read in', async () => {
    const admission = new Admission(1);
    const release = await admission.acquire();
    release();
    release();
    expect(admission.state).toEqual({ inFlight: 0, waiting: 0 });
    const a = await admission.acquire();
    let second = false;
    void admission.acquire().then(() => (second = true));
    await tick();
    expect(second).toBe(false);
    a();
    await tick();
    expect(second).toBe(true);
  });
});
