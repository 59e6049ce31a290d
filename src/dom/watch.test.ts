// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUntilSettled } from './watch';

afterEach(() => vi.useRealTimers());

const flushMutations = () => new Promise((r) => queueMicrotask(() => r(undefined)));

describe('watchUntilSettled', () => {
  it('calls back once the page has been quiet for a while, not on every mutation', async () => {
    vi.useFakeTimers();
    const onSettled = vi.fn();
    const controller = new AbortController();
    watchUntilSettled({ root: document.body, onSettled, signal: controller.signal, quietMs: 300 });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await flushMutations();
      vi.advanceTimersByTime(100);
    }
    expect(onSettled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onSettled).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops after maxChecks on a page that never stops mutating', async () => {
    vi.useFakeTimers();
    const onSettled = vi.fn();
    watchUntilSettled({ root: document.body, onSettled, signal: new AbortController().signal, quietMs: 10, maxChecks: 3 });
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      await flushMutations();
      vi.advanceTimersByTime(20);
    }
    expect(onSettled).toHaveBeenCalledTimes(3);
  });

  it('stops at the deadline and when aborted', async () => {
    vi.useFakeTimers();
    const onSettled = vi.fn();
    const controller = new AbortController();
    watchUntilSettled({ root: document.body, onSettled, signal: controller.signal, quietMs: 10, maxMs: 50 });
    vi.advanceTimersByTime(60);
    document.body.append(document.createElement('p'));
    await flushMutations();
    vi.advanceTimersByTime(20);
    expect(onSettled).not.toHaveBeenCalled();

    const onSettled2 = vi.fn();
    const c2 = new AbortController();
    watchUntilSettled({ root: document.body, onSettled: onSettled2, signal: c2.signal, quietMs: 10 });
    c2.abort();
    document.body.append(document.createElement('p'));
    await flushMutations();
    vi.advanceTimersByTime(20);
    expect(onSettled2).not.toHaveBeenCalled();
  });
});
