import { browser } from './runtime';
import type { TabState } from './messages';

/**
 * Every storage key, declared once with its area, default and schema version (house rule 5). A value read with
 * an older version goes through `migrate`; one that cannot be migrated falls back to the default.
 */
interface KeySpec<T> {
  key: string;
  area: 'local' | 'session';
  version: number;
  default: () => T;
  migrate?: (old: unknown, fromVersion: number) => T | undefined;
}

interface Stored<T> {
  v: number;
  value: T;
}

export const KEYS = {
  /** What the content script said about each open tab; session storage dies with the browser session. */
  tabStates: {
    key: 'tabStates',
    area: 'session',
    version: 1,
    default: () => ({}) as Record<string, TabState>,
  } satisfies KeySpec<Record<string, TabState>>,
};

function area(spec: KeySpec<unknown>) {
  // Firefox before 115 and some Chromium forks lack `storage.session`; fall back to local.
  return spec.area === 'session' && browser.storage.session ? browser.storage.session : browser.storage.local;
}

export async function read<T>(spec: KeySpec<T>): Promise<T> {
  const raw = (await area(spec).get(spec.key))[spec.key] as Stored<T> | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.v !== 'number') return spec.default();
  if (raw.v === spec.version) return raw.value;
  return spec.migrate?.(raw.value, raw.v) ?? spec.default();
}

export async function write<T>(spec: KeySpec<T>, value: T): Promise<void> {
  await area(spec).set({ [spec.key]: { v: spec.version, value } satisfies Stored<T> });
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
