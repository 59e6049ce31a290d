import type { StorageAreaLike } from '../../src/background/history-store';

/** storage.local's contract in memory: values go through JSON, as the browser stores them. */
export class MemoryArea implements StorageAreaLike {
  data = new Map<string, string>();
  async get(keys: string[]) {
    return Object.fromEntries(keys.filter((k) => this.data.has(k)).map((k) => [k, JSON.parse(this.data.get(k)!)]));
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
  async remove(keys: string[]) {
    for (const k of keys) this.data.delete(k);
  }
}
