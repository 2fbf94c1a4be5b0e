import type { Worker } from 'node:worker_threads';
import type { Extraction } from '@/lib/model';
import { ExtractionBusyError, ExtractionFailedError, ExtractionTimeoutError, fromWireError } from './errors';
import type { ExtractionJob, ExtractRequest, WorkerReply } from './protocol';

export type PoolOptions = {
  /** Worker threads, each extracting one article at a time. */
  size: number;
  /** Per article; past it the worker is terminated and replaced, and the caller gets ExtractionTimeoutError. */
  timeoutMs: number;
  /** Articles allowed to wait once every worker is busy; one more gets ExtractionBusyError at once. */
  maxQueue: number;
  spawn: () => Worker;
};

type Job = { request: ExtractionJob; resolve: (e: Extraction) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; ready: boolean; job: (Job & { id: number; timer: NodeJS.Timeout }) | null; retired: boolean };

/**
 * A small pool of extraction workers. Workers start on demand (a starting worker holds the process open for the
 * article waiting on it), are replaced when they die or overrun the time limit, and are unref'd while idle so an
 * idle pool never keeps a CLI script alive.
 */
export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run(request: ExtractionJob): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const { busy, queued } = this.stats();
    if (busy + queued >= this.options.size + this.options.maxQueue) return Promise.reject(new ExtractionBusyError(queued));
    return new Promise<Extraction>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** For health pages and tests: how many workers exist, how many are extracting, how many articles wait. */
  stats(): { workers: number; busy: number; queued: number } {
    const live = [...this.slots].filter((s) => !s.retired);
    return { workers: live.length, busy: live.filter((s) => s.job).length, queued: this.queue.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool was closed'));
    await Promise.all([...this.slots].map((s) => this.retire(s, new Error('the extraction pool was closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && !s.job && !s.retired);
      if (!slot) {
        if ([...this.slots].filter((s) => !s.retired).length < this.options.size) this.start();
        return;
      }
      const job = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => void this.retire(slot, new ExtractionTimeoutError(Math.round(this.options.timeoutMs / 100) / 10)), this.options.timeoutMs);
      slot.job = { ...job, id, timer };
      slot.worker.ref();
      slot.worker.postMessage({ ...job.request, id } satisfies ExtractRequest);
    }
  }

  private start(): void {
    const slot: Slot = { worker: this.options.spawn(), ready: false, job: null, retired: false };
    this.slots.add(slot);
    slot.worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    slot.worker.on('error', (error) => void this.retire(slot, new ExtractionFailedError(`the extraction worker stopped: ${error.message}`)));
    slot.worker.on('exit', (code) => void this.retire(slot, new ExtractionFailedError(`the extraction worker exited with code ${code}`)));
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
      this.dispatch();
      if (!slot.job) slot.worker.unref();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    slot.job = null;
    slot.worker.unref();
    if (reply.kind === 'done') job.resolve(reply.extraction);
    else job.reject(fromWireError(reply.error));
    this.dispatch();
  }

  /** Takes a worker out (timed out, crashed, or closing): its article fails with `reason`, a new worker may start. */
  private async retire(slot: Slot, reason: Error): Promise<void> {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(reason);
      slot.job = null;
    }
    // A worker that fails before it is ready would fail again: the waiting articles get the error instead of a loop.
    if (!slot.ready) for (const job of this.queue.splice(0)) job.reject(reason);
    await slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
