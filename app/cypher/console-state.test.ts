import { describe, expect, it } from 'vitest';
import type { CypherResult } from '@/lib/cypher/run';
import { consoleReducer, initialConsoleState, type ConsoleState } from './console-state';

const node = (id: string) => ({ '@type': 'node', elementId: `4:x:${id}`, labels: ['Entity', 'Person'], properties: { id, name: id, type: 'Person' } });
const result = (ids: string[]): CypherResult => ({
  columns: ['e'],
  rows: ids.map((id) => [node(id)]) as unknown as CypherResult['rows'],
  truncated: false,
  truncatedBy: null,
  rowCap: 1000,
  byteCap: 1_000_000,
  bytes: 10,
  timeoutMs: 10_000,
  elapsedMs: 3,
});
const run = (state: ConsoleState, ...actions: Parameters<typeof consoleReducer>[1][]) => actions.reduce(consoleReducer, state);

describe('consoleReducer after a failed query', () => {
  it('drops the earlier table and graph, so they cannot pass for the failed query’s result', () => {
    const ok = run(initialConsoleState('MATCH (e) RETURN e', '{}'), { type: 'run' }, { type: 'succeeded', result: result(['a', 'b']) });
    expect(ok.result?.rows).toHaveLength(2);
    expect(ok.elements.length).toBeGreaterThan(0);
    const failed = run(ok, { type: 'run' }, { type: 'failed', message: 'Invalid input', position: { line: 1, column: 3, offset: 2 } });
    expect(failed.error?.message).toBe('Invalid input');
    expect(failed.result).toBeNull();
    expect(failed.elements).toEqual([]);
    expect(failed.running).toBe(false);
  });

  it('with merge on keeps the gathered graph (the console labels it as earlier) but not the table', () => {
    const merged = run(initialConsoleState('', '{}'), { type: 'merge', merge: true }, { type: 'run' }, { type: 'succeeded', result: result(['a']) });
    const failed = run(merged, { type: 'run' }, { type: 'failed', message: 'boom', position: null });
    expect(failed.result).toBeNull();
    expect(failed.elements).toEqual(merged.elements);
  });

  it('a later success clears the error', () => {
    const failed = run(initialConsoleState('', '{}'), { type: 'run' }, { type: 'failed', message: 'boom', position: null });
    const ok = run(failed, { type: 'run' }, { type: 'succeeded', result: result(['a']) });
    expect(ok.error).toBeNull();
    expect(ok.result?.rows).toHaveLength(1);
  });
});
