import { describe, expect, it, vi } from 'vitest';
import { VerdictWait, type Timers } from './verdict-wait';

/** Timers the test moves by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    set: (run) => {
      pending.set(next, run);
      return next++;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const fire = () => {
    const runs = [...pending.values()];
    pending.clear();
    runs.forEach((run) => run());
  };
  return { timers, pending, fire };
}

describe('the popup’s wait for a woken page’s verdict', () => {
  it('says the page is silent once, when no verdict comes in time', () => {
    const { timers, pending, fire } = manualTimers();
    const onSilence = vi.fn();
    const wait = new VerdictWait(onSilence, 8000, timers);
    wait.start();
    wait.start(); // the popup redraws "checking" on every state change: still one wait
    expect(pending.size).toBe(1);
    fire();
    expect(onSilence).toHaveBeenCalledOnce();
    expect(wait.timedOut).toBe(true);
    // A refresh that still finds no verdict does not start waiting again: the reader sees the message and the retry.
    wait.start();
    expect(pending.size).toBe(0);
  });

  it('ends quietly when the verdict arrives (counterexample)', () => {
    const { timers, pending, fire } = manualTimers();
    const onSilence = vi.fn();
    const wait = new VerdictWait(onSilence, 8000, timers);
    wait.start();
    wait.stop();
    expect(pending.size).toBe(0);
    fire();
    expect(onSilence).not.toHaveBeenCalled();
    expect(wait.timedOut).toBe(false);
  });

  it('waits afresh after the reader retries', () => {
    const { timers, pending, fire } = manualTimers();
    const onSilence = vi.fn();
    const wait = new VerdictWait(onSilence, 8000, timers);
    wait.start();
    fire();
    wait.retry();
    expect(wait.timedOut).toBe(false);
    wait.start();
    expect(pending.size).toBe(1);
    fire();
    expect(onSilence).toHaveBeenCalledTimes(2);
  });
});
