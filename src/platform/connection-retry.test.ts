import { describe, expect, it } from 'vitest';
import { connectionLost, retryWhenConnectionLost } from './connection-retry';

const LOST = new Error('Could not establish connection. Receiving end does not exist.');
const noPause = { sleep: async () => undefined };

/** A sender that fails with the given errors first, then answers. */
function sender(failures: Error[]) {
  let calls = 0;
  return {
    send: async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return 'answer';
    },
    calls: () => calls,
  };
}

describe('retryWhenConnectionLost', () => {
  it('sends again when the event page was being suspended', async () => {
    const s = sender([LOST, LOST]);
    await expect(retryWhenConnectionLost(s.send, noPause)).resolves.toBe('answer');
    expect(s.calls()).toBe(3);
  });

  it('gives up after the last attempt', async () => {
    const s = sender([LOST, LOST, LOST]);
    await expect(retryWhenConnectionLost(s.send, noPause)).rejects.toThrow('Receiving end does not exist');
    expect(s.calls()).toBe(3);
  });

  it('does not repeat a message that failed for another reason', async () => {
    const s = sender([new Error('malformed policy text')]);
    await expect(retryWhenConnectionLost(s.send, noPause)).rejects.toThrow('malformed policy text');
    expect(s.calls()).toBe(1);
  });

  it('waits longer before each new attempt', async () => {
    const waits: number[] = [];
    const s = sender([LOST, LOST]);
    await retryWhenConnectionLost(s.send, { pauseMs: 100, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([100, 200]);
  });
});

describe('connectionLost', () => {
  it('knows the lost-connection error by its message, as an Error or a string', () => {
    expect(connectionLost(LOST)).toBe(true);
    expect(connectionLost('Error: Could not establish connection. Receiving end does not exist.')).toBe(true);
    expect(connectionLost(new Error('Extension context invalidated.'))).toBe(false);
  });
});

