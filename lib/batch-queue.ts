/**
 * A queue that packs work into batches, shared by every caller in this process: items wait here and go out
 * together, at most `concurrency` batches running at once. An item arriving while a slot is free goes at once,
 * alone (there is no wait to fill a batch); items arriving while every slot is busy queue up and leave together
 * when one comes back. So the load decides the batch size: one at a time when quiet, full batches when busy.
 * Used for the NER service (texts several to a request; lib/nlp/client.ts) and the ingest's writes (articles
 * several to a transaction; lib/ingest/batch.ts).
 */
export type BatchLimits<I> = {
  /** Items per batch. */
  maxItems: number;
  /** Sum of weight(item) per batch; a single item heavier than this still goes, alone. */
  maxWeight: number;
  weight: (item: I) => number;
};

/** Runs one batch; returns one result per item, in the batch's order. A throw fails every item of the batch. */
export type RunBatch<I, R> = (batch: I[]) => Promise<R[]>;

type Call = { failed: boolean };
type Waiting<I, R> = { item: I; call: Call; resolve: (result: R) => void; reject: (error: unknown) => void };

export class BatchQueue<I, R> {
  private readonly queue: Waiting<I, R>[] = [];
  private running = 0;

  constructor(
    private readonly run: RunBatch<I, R>,
    private readonly concurrency: number,
    private readonly limits: BatchLimits<I>,
    /** Called when nothing is queued or running any more (lets an owner drop a queue it keeps per key). */
    private readonly onIdle: () => void = () => {},
  ) {}

  /**
   * The result of each item, in order. Rejects with the first failure of a batch that carried one of them; the
   * caller's items still waiting are then never run (nobody wants their results any more).
   */
  submit(items: readonly I[]): Promise<R[]> {
    const call: Call = { failed: false };
    const results = items.map(
      (item) =>
        new Promise<R>((resolve, reject) =>
          this.queue.push({
            item,
            call,
            resolve,
            reject: (error) => {
              call.failed = true;
              reject(error);
            },
          }),
        ),
    );
    results.forEach((r) => r.catch(() => {})); // once one item failed, the others' outcomes are nobody's business
    this.pump();
    return Promise.all(results);
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const batch = this.takeBatch();
      if (batch.length === 0) return;
      this.running += 1;
      void this.runBatch(batch);
    }
  }

  private takeBatch(): Waiting<I, R>[] {
    const batch: Waiting<I, R>[] = [];
    let weight = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (next.call.failed) {
        this.queue.shift();
        continue;
      }
      const w = this.limits.weight(next.item);
      if (batch.length > 0 && (batch.length >= this.limits.maxItems || weight + w > this.limits.maxWeight)) break;
      batch.push(this.queue.shift()!);
      weight += w;
    }
    return batch;
  }

  private async runBatch(batch: Waiting<I, R>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} gave ${results.length} results`);
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.running -= 1;
      this.pump();
      if (this.running === 0) {
        this.queue.length = 0; // only items of failed calls can be left
        this.onIdle();
      }
    }
  }
}
