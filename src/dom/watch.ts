/**
 * Calls `onSettled` after the page stops changing: a debounced MutationObserver, bounded in time and in the
 * number of calls, that disconnects when done or when `signal` aborts (house rule 8). A page that never stops
 * mutating costs at most `maxChecks` re-checks within `maxMs`.
 */
export interface SettleOptions {
  root: Node;
  onSettled: () => void;
  signal: AbortSignal;
  quietMs?: number;
  maxMs?: number;
  maxChecks?: number;
  /** Defaults to the global timers; a parameter so tests can drive time. */
  setTimeout?: typeof globalThis.setTimeout;
  clearTimeout?: typeof globalThis.clearTimeout;
  MutationObserver?: typeof globalThis.MutationObserver;
}

export function watchUntilSettled(options: SettleOptions): () => void {
  const {
    root,
    onSettled,
    signal,
    quietMs = 500,
    maxMs = 15_000,
    maxChecks = 8,
    setTimeout: setT = globalThis.setTimeout.bind(globalThis),
    clearTimeout: clearT = globalThis.clearTimeout.bind(globalThis),
    MutationObserver: MO = globalThis.MutationObserver,
  } = options;
  let checks = 0;
  let debounce: ReturnType<typeof setT> | undefined;
  let done = false;

  const stop = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    if (debounce !== undefined) clearT(debounce);
    clearT(deadline);
  };
  const observer = new MO(() => {
    if (done) return;
    if (debounce !== undefined) clearT(debounce);
    debounce = setT(() => {
      debounce = undefined;
      checks++;
      onSettled();
      if (checks >= maxChecks) stop();
    }, quietMs);
  });
  const deadline = setT(stop, maxMs);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
