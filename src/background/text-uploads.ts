import { MAX_POLICY_CHARS } from './policy-text-check';

/**
 * Page text arriving in slices (see `sendPolicyText`), bounded in memory: at most `maxUploads` uploads held at
 * once, each no larger than MAX_POLICY_CHARS, forgotten after a minute. A tab that starts an upload while all
 * slots are taken waits for one (its slice's reply is held back, so its content script simply waits) instead of
 * failing: with a hard refusal, one of 20 tabs opened at once got no findings (issue 12, item 6). Each upload
 * belongs to the tab (and frame) that sent it: another tab cannot add to it or take it, and a tab's new upload
 * replaces its old one, so one tab holds one slot at most.
 */
export class TextUploads {
  private uploads = new Map<string, { owner: string; parts: string[]; size: number; started: number }>();
  private waiting: (() => void)[] = [];
  /** Slots handed to a waiter that has not taken them yet: nobody else may take them meanwhile. */
  private reserved = 0;
  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly maxUploads = 16,
    private readonly ttlMs = 60_000,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Adds one slice; resolves once it is held (after waiting for a free slot, if need be). */
  async add(owner: string, upload: string, index: number, part: string): Promise<void> {
    if (typeof upload !== 'string' || typeof part !== 'string' || !Number.isInteger(index) || index < 0) {
      throw new Error('malformed text chunk');
    }
    const key = `${owner} ${upload}`;
    let entry = this.uploads.get(key);
    if (!entry) {
      if (index !== 0) throw new Error('text chunk out of order');
      this.forgetOwner(owner);
      await this.slot();
      entry = { owner, parts: [], size: 0, started: this.now() };
      this.uploads.set(key, entry);
    }
    if (index !== entry.parts.length) throw new Error('text chunk out of order');
    entry.size += part.length;
    if (entry.size > MAX_POLICY_CHARS) {
      this.drop(key);
      throw new Error(`page text is longer than ${MAX_POLICY_CHARS} characters`);
    }
    entry.parts.push(part);
  }

  take(owner: string, upload: string, chunks: number): string {
    const key = `${owner} ${upload}`;
    const entry = this.uploads.get(key);
    this.drop(key);
    if (!entry || entry.parts.length !== chunks) throw new Error('page text did not arrive whole');
    return entry.parts.join('');
  }

  /** A closed tab's upload will never finish: its slot goes to the next in line. */
  forgetOwner(owner: string): void {
    for (const [key, e] of this.uploads) if (e.owner === owner) this.drop(key);
  }

  get held(): number {
    return this.uploads.size;
  }

  private drop(key: string): void {
    if (!this.uploads.delete(key)) return;
    const next = this.waiting.shift();
    if (next) {
      this.reserved++;
      next();
    }
  }

  private expire(): void {
    for (const [key, e] of this.uploads) if (this.now() - e.started > this.ttlMs) this.drop(key);
  }

  /** Waits for a free slot, in arrival order; gives up (with a reason) after the time an upload may live. */
  private async slot(): Promise<void> {
    this.expire();
    if (this.uploads.size + this.reserved < this.maxUploads && this.waiting.length === 0) return;
    const since = this.now();
    for (;;) {
      let handed = false;
      let wake: () => void = () => undefined;
      const freed = new Promise<void>((resolve) => (wake = () => ((handed = true), resolve())));
      this.waiting.push(wake);
      // Expired uploads free their slots too: look again now and then.
      await Promise.race([freed, this.wait(1000)]);
      if (handed) {
        this.reserved--;
        return;
      }
      this.waiting = this.waiting.filter((w) => w !== wake);
      this.expire();
      if (this.uploads.size + this.reserved < this.maxUploads) return;
      if (this.now() - since > this.ttlMs) throw new Error('the extension is busy with other tabs: try again');
    }
  }
}
