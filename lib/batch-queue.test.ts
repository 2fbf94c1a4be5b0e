import { describe, expect, it } from 'vitest';
import { BatchQueue } from './batch-queue';

// The queue alone, with a batch function that records what it was given. Its two users are tested against the
// real services: lib/nlp/client.int.test.ts (the NER service) and lib/ingest/batch.int.test.ts (Neo4j).
type Item = { key: string; text: string };

function recorder(delayMs = 5) {
  const batches: string[][] = [];
  let running = 0;
  let maxRunning = 0;
  const run = async (batch: Item[]): Promise<string[]> => {
    batches.push(batch.map((p) => p.key));
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    running -= 1;
    if (batch.some((p) => p.text === 'fail')) throw new Error('service said no');
    return batch.map((p) => `answer ${p.key}`);
  };
  return { run, batches, maxRunning: () => maxRunning };
}

const item = (key: string, text = `text ${key}`): Item => ({ key, text });
const limits = (maxItems: number, maxWeight = 1_000) => ({ maxItems, maxWeight, weight: (i: Item) => i.text.length });

describe('BatchQueue', () => {
  it('runs an item at once when a slot is free, and packs those that arrive meanwhile', async () => {
    const r = recorder();
    const q = new BatchQueue(r.run, 2, limits(16));
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => q.submit([item(`c${i}`)])));
    expect(answers.map(([a]) => a)).toEqual(Array.from({ length: 10 }, (_, i) => `answer c${i}`));
    // Two go alone (two slots free), the eight others leave together when a slot comes back.
    expect(r.batches).toEqual([['c0'], ['c1'], ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']]);
    expect(r.maxRunning()).toBe(2);
  });

  it('keeps each batch within its item and weight limits; a heavy item goes alone', async () => {
    const r = recorder();
    const q = new BatchQueue(r.run, 1, limits(3, 25));
    await Promise.all([q.submit([item('a')]), q.submit([item('b', 'x'.repeat(40)), item('c'), item('d')]), q.submit([item('e'), item('f'), item('g'), item('h')])]);
    expect(r.batches).toEqual([['a'], ['b'], ['c', 'd', 'e'], ['f', 'g', 'h']]);
    expect(r.maxRunning()).toBe(1);
  });

  it('fails only the callers whose items were in a failed batch, and never runs the rest of theirs', async () => {
    const r = recorder();
    const q = new BatchQueue(r.run, 1, limits(2));
    const first = q.submit([item('ok1')]);
    const failing = q.submit([item('bad', 'fail'), item('bad2'), item('bad3'), item('bad4')]);
    const other = q.submit([item('ok2')]);
    await expect(failing).rejects.toThrow('service said no');
    expect(await first).toEqual(['answer ok1']);
    expect(await other).toEqual(['answer ok2']);
    // bad3 and bad4 were still queued when bad's batch failed.
    expect(r.batches.flat()).not.toContain('bad3');
    expect(r.batches.flat()).not.toContain('bad4');
  });

  it('refuses a batch function that loses results', async () => {
    const q = new BatchQueue(async (batch: Item[]) => batch.slice(1), 1, limits(4));
    await expect(Promise.all([q.submit([item('a')]), q.submit([item('b'), item('c')])])).rejects.toThrow('a batch of 1 gave 0 results');
  });

  it('says it is idle once nothing is queued or running', async () => {
    const r = recorder();
    let idle = 0;
    const q = new BatchQueue(r.run, 2, limits(16), () => (idle += 1));
    await Promise.all([q.submit([item('a')]), q.submit([item('b')]), q.submit([item('c')])]);
    expect(idle).toBe(1);
  });
});
