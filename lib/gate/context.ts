import { AsyncLocalStorage } from 'node:async_hooks';
import type { GateKind } from './marker';

type GateStore = { kind: GateKind; name: string };

/**
 * The gate a request came through, for the rest of its async work. The Neo4j gateway asks it before every write,
 * so an action or route made as a read can never write, whatever it calls. Code outside any request (scripts,
 * tests, the bench) has no store and writes as before. Kept on globalThis so every bundle layer shares one.
 */
const KEY = Symbol.for('newsgraph.gate.context');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<GateStore> | undefined>;
const storage = (holder[KEY] ??= new AsyncLocalStorage<GateStore>());

export function withinGate<T>(store: GateStore, work: () => Promise<T>): Promise<T> {
  return storage.run(store, work);
}

export class WriteOutsideGateError extends Error {
  constructor(name: string) {
    super(
      `${name} is a read-only action or route, but it tried to write to the graph. Make it with writeAction or writeRoute (lib/gate) so the write gate checks the token first.`,
    );
    this.name = 'WriteOutsideGateError';
  }
}

/** Called by lib/neo4j before every write session. */
export function assertWriteAllowedHere(): void {
  const store = storage.getStore();
  if (store?.kind === 'read') throw new WriteOutsideGateError(store.name);
}

/** The kind of gate the current request came through, or null outside any (pages, scripts, tests). */
export function currentGateKind(): GateKind | null {
  return storage.getStore()?.kind ?? null;
}
