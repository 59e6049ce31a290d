/**
 * Firefox suspends an idle MV3 event page (30 s by default). A message from a content script that reaches it
 * while it is shutting down is refused with "Could not establish connection. Receiving end does not exist.";
 * the next message wakes it again. Chrome says the same while its service worker is stopping. So a message
 * refused that way is sent again, a few times, after a short pause. (Seen in test/e2e-firefox/event-page.spec.ts
 * with the idle timeout at 1 s: 4 of 11 runs lost a page's analysis to this error before the retry.)
 */
const CONNECTION_LOST = /Receiving end does not exist/;

/**
 * The background's answer when the slices of a page's text it held in memory were lost, as when it was suspended
 * between them (the error thrown by `TextUploads.take` in src/background).
 */
export const TEXT_LOST = 'page text did not arrive whole';

export function connectionLost(error: unknown): boolean {
  return CONNECTION_LOST.test(error instanceof Error ? error.message : String(error));
}

export interface RetryOptions {
  attempts?: number;
  pauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Calls `send` until it does not fail with a lost connection, at most `attempts` times; other errors pass. */
export async function retryWhenConnectionLost<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, pauseMs = 150, sleep = pause } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (e) {
      if (attempt >= attempts || !connectionLost(e)) throw e;
      await sleep(pauseMs * attempt);
    }
  }
}
