/**
 * Admission for the app's own reads (pages, search, expansion, filters): at most `limit` of them talk to Neo4j at
 * once, and the rest wait here, first come first served. Writes, and the reads a write makes (an ingest resolving
 * its entities), never wait for a slot: under a flood of reads, Neo4j's few cores still serve the writes promptly.
 * Measured by the bench's load section: 32 connections reading while articles are ingested.
 */
export type Release = () => void;

export class Admission {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Resolves with a release once a slot is free; the caller must release it exactly once (later calls are no-ops). */
  async acquire(): Promise<Release> {
    if (this.inFlight >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so inFlight never dips below the limit while some wait.
      if (next) next();
      else this.inFlight--;
    };
  }

  /** For tests and health: reads holding a slot, and reads waiting for one. */
  get state() {
    return { inFlight: this.inFlight, waiting: this.waiting.length };
  }
}
