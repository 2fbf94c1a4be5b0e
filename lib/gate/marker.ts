/**
 * Every server action and route handler is made by a wrapper in this folder, and the wrapper marks the function it
 * returns. tests/security/write-gate.int.test.ts imports every action and route module and fails on any export that
 * carries no mark, so a new action or route cannot skip the gate by forgetting to call it.
 */
export type GateKind = 'read' | 'write';

const GATE = Symbol.for('newsgraph.gate');

export function markGate<F extends object>(fn: F, kind: GateKind, name: string): F {
  Object.defineProperty(fn, GATE, { value: { kind, name }, enumerable: false });
  return fn;
}

export function gateOf(value: unknown): { kind: GateKind; name: string } | undefined {
  if (typeof value !== 'function') return undefined;
  return (value as unknown as Record<symbol, { kind: GateKind; name: string } | undefined>)[GATE];
}
