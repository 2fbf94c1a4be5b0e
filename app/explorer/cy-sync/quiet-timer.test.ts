import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from './quiet-timer';

describe('quietTimer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fires once, ms after the last poke', () => {
    const fn = vi.fn();
    const t = quietTimer(100, fn);
    t.poke();
    vi.advanceTimersByTime(60);
    t.poke(); // the quiet time starts again
    vi.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however many pokes come, and cancel drops the call', () => {
    const fn = vi.fn();
    const t = quietTimer(50, fn);
    for (let i = 0; i < 5000; i++) t.poke();
    expect(vi.getTimerCount()).toBe(1);
    t.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    t.poke();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
