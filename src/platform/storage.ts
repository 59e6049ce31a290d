import { browser } from './runtime';
import { unwrap, wrap, type KeySpec } from './storage-keys';

export { KEYS } from './storage-keys';

function area(spec: KeySpec<unknown>) {
  // Firefox before 115 and some Chromium forks lack `storage.session`; fall back to local.
  return spec.area === 'session' && browser.storage.session ? browser.storage.session : browser.storage.local;
}

export async function read<T>(spec: KeySpec<T>): Promise<T> {
  return unwrap(spec, (await area(spec as KeySpec<unknown>).get(spec.key))[spec.key]);
}

export async function write<T>(spec: KeySpec<T>, value: T): Promise<void> {
  await area(spec as KeySpec<unknown>).set({ [spec.key]: wrap(spec, value) });
}

/**
 * Read-modify-write, serialized per key within this context: two tabs reporting at once must not lose one
 * another's update.
 */
const queues = new Map<string, Promise<unknown>>();
export function update<T>(spec: KeySpec<T>, change: (current: T) => T): Promise<T> {
  const previous = queues.get(spec.key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(async () => {
    const value = change(await read(spec));
    await write(spec, value);
    return value;
  });
  queues.set(spec.key, next);
  return next;
}

/**
 * The value once the updates queued before this call are written: a plain `read` may overtake them (the tab that
 * started loading and finished at once: its 'complete' must see the 'loading' mark).
 */
export async function readAfterUpdates<T>(spec: KeySpec<T>): Promise<T> {
  await (queues.get(spec.key) ?? Promise.resolve()).catch(() => undefined);
  return read(spec);
}
