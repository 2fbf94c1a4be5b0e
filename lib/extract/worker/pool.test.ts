import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { extract, UnsupportedLanguageError } from '@/lib/extract';
import { toModelMentions } from '../hybrid/model-mentions';
import { mergeWithRelations } from '../hybrid/with-relations';
import { ExtractionBusyError, ExtractionPool, ExtractionTimeoutError, spawnExtractionWorker, type PoolOptions } from '.';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const SENTENCE = 'Antonio Guterres met Angela Merkel in Berlin, the United Nations said. ';
/** About 300 KB on one line with no sentence break: an article that used to block the server for a minute. */
const HUGE = 'Yury Fedotov and Filippo Grandi spoke to the Security Council in Vienna and '.repeat(4_000);
/** About 900 KB in three runs without sentence breaks: about 3 s of work on a quiet 2-core machine, cut by a 1 s limit. */
const LONG = [HUGE, HUGE, HUGE].join('. ');

const pools: ExtractionPool[] = [];
/** A pool of real extraction workers; `spawned` records each worker so a test can watch it exit. */
function pool(options: Partial<PoolOptions> = {}) {
  const spawned: Worker[] = [];
  const p = new ExtractionPool({ size: 1, timeoutMs: 30_000, maxQueue: 8, spawn: () => spawned[spawned.push(spawnExtractionWorker()) - 1]!, ...options });
  pools.push(p);
  return { pool: p, spawned, run: (text: string) => p.run({ kind: 'extract', extractor: 'rules', text, options: {} }) };
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('extraction worker pool', () => {
  it('gives what in-process extraction gives, on every fixture', async () => {
    const { run } = pool({ size: 2, maxQueue: 64 });
    const texts = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
    const offThread = await Promise.all(texts.map(run));
    expect(offThread).toEqual(texts.map((t) => extract(t)));
  }, 120_000);

  it("runs the hybrid's merge job as the merge runs in-process", async () => {
    const { pool: p } = pool();
    const rules = extract(SENTENCE);
    const at = SENTENCE.indexOf('United Nations');
    const ner = {
      entities: [{ start: at, end: at + 'United Nations'.length, text: 'United Nations', type: 'ORGANIZATION', language: 'en' as const }],
      sentences: [{ start: 0, end: SENTENCE.length }],
    };
    const merged = await p.run({ kind: 'merge', text: SENTENCE, rules, ner });
    expect(merged).toEqual(mergeWithRelations(SENTENCE, rules, toModelMentions(ner.entities, SENTENCE, rules.language), ner.sentences));
    // The merge's own mark: the organisation the rules found is one CoreNLP read too.
    expect(merged.entities.find((e) => e.id === 'org-united-nations')).toMatchObject({ foundBy: ['rules', 'gazetteer', 'ner'] });
  }, 60_000);

  it('stops an article past the time limit, replaces its worker and runs the next article', async () => {
    const { pool: p, spawned, run } = pool({ timeoutMs: 1_000 });
    await run(SENTENCE); // a ready worker, so the clock measures extraction only
    const exited = new Promise<number>((resolve) => spawned[0]!.once('exit', resolve));
    const started = Date.now();
    await expect(run(LONG)).rejects.toThrow(ExtractionTimeoutError);
    await expect(run(LONG)).rejects.toThrow(/longer than 1 s.*Split the article/);
    expect(Date.now() - started).toBeLessThan(20_000);
    await exited;
    const next = await run(SENTENCE);
    expect(next.entities.map((e) => e.id)).toContain('person-antonio-guterres');
    expect(spawned).toHaveLength(3);
    expect(p.stats()).toEqual({ workers: 1, busy: 0, queued: 0 });
  }, 60_000);

  it('refuses an article at once when every worker is busy and the queue is full', async () => {
    const { run } = pool({ size: 1, maxQueue: 1 });
    const first = run(SENTENCE);
    const second = run(SENTENCE);
    await expect(run(SENTENCE)).rejects.toThrow(ExtractionBusyError);
    await expect(run(SENTENCE)).rejects.toMatchObject({ status: 503, code: 'extraction_busy' });
    expect((await first).entities.length).toBeGreaterThan(0);
    expect((await second).entities.length).toBeGreaterThan(0);
  }, 60_000);

  it("rethrows the extractor's own errors as their classes", async () => {
    const { run } = pool();
    const error = await run('Der Generalsekretär der Vereinten Nationen hat am Mittwoch mehr internationale Zusammenarbeit gefordert.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedLanguageError);
    expect((error as UnsupportedLanguageError).detected).toBe('German');
  }, 60_000);

  it('keeps the event loop free while a huge article is extracted', async () => {
    const { run } = pool();
    await run(SENTENCE);
    let last = performance.now();
    let worstGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks += 1;
    }, 10);
    const started = performance.now();
    await run(HUGE).catch(() => undefined);
    const took = performance.now() - started;
    clearInterval(timer);
    // In-process, the loop would stall for the whole extraction (the worst gap would equal `took`).
    expect(took).toBeGreaterThan(200);
    expect(ticks).toBeGreaterThan(5);
    expect(worstGap).toBeLessThan(took / 4);
  }, 120_000);
});
