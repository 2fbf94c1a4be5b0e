import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations
import { startLocalNlp } from '@/scripts/local-nlp.mjs';

type LocalNlp = { url: string; pid: () => number; restarts: () => number; stop: () => Promise<void>; exited: Promise<unknown> };

// A NER service of its own (not the suite's NLP_URL), killed with SIGKILL: the launcher must bring it back.
let nlp: LocalNlp | undefined;
afterAll(async () => {
  await nlp?.stop();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

describe('reliability: the NER service killed with SIGKILL', () => {
  it('is restarted on the same URL, answers again, and stop() leaves no JVM behind', async () => {
    nlp = (await startLocalNlp({ log: () => {} })) as LocalNlp;
    const first = nlp.pid();
    process.kill(first, 'SIGKILL');
    const back = await waitFor(async () => nlp!.restarts() === 1 && (await fetch(`${nlp!.url}/health`)).status === 200, 280_000);
    expect(back).toBe(true);
    expect(nlp.pid()).not.toBe(first);
    const answer = await fetch(`${nlp.url}/ner`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ texts: [{ id: 'a', language: 'en', text: 'Angela Merkel visited Warsaw.' }] }),
    });
    expect(answer.status).toBe(200);
    const second = nlp.pid();
    await nlp.stop();
    expect(alive(second)).toBe(false);
  });
});
