/**
 * The reader's own history of the policies they read: a few versions per document and a total budget, oldest
 * dropped first. The background is its only writer (popup and report ask it by message), and calls here are
 * queued, so two tabs analysed at once cannot lose each other's record. The storage area is a parameter: the
 * extension passes `storage.local`, tests an in-memory area with the same contract.
 */
import type { VersionDigest } from '../core/history';
import { documentKeyOf } from '../core/annotation/document-key';
import { HISTORY_KEYS, type DocumentHistory, type HistoryIndex, type HistoryVersion } from '../platform/history-keys';
import { unwrap, wrap, type KeySpec } from '../platform/storage-keys';

export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface HistoryLimits {
  versionsPerDocument: number;
  /** Total size of every stored version, in characters of their JSON (about bytes: the bulk is base64). */
  totalBytes: number;
}

/** storage.local holds 10 MB without `unlimitedStorage`; annotations and the rest keep the other 6. */
export const HISTORY_LIMITS: HistoryLimits = { versionsPerDocument: 3, totalBytes: 4 * 1024 * 1024 };

export interface NewVersion {
  url: string;
  analyzerVersion: string;
  digest: VersionDigest;
  packedText: string;
  rawChars: number;
}

export type RecordOutcome =
  | { kind: 'paused' }
  | { kind: 'first'; current: HistoryVersion }
  /** The same text as last time: nothing to tell. */
  | { kind: 'same'; since: string }
  /** Different text: `previous` is the version the reader saw last, `current` what they see now. */
  | { kind: 'changed'; previous: HistoryVersion; current: HistoryVersion; dropped: number };

export const sizeOf = (v: HistoryVersion): number => JSON.stringify(v).length;

/**
 * Which stored versions to drop so the total fits the budget: the oldest first, across documents, never the
 * version being recorded (a policy bigger than the whole budget is kept alone). Pure, for the tests.
 */
export function evictions(
  index: HistoryIndex,
  budget: number,
  keep: { documentKey: string; recordedAt: string },
): { documentKey: string; recordedAt: string }[] {
  const all = Object.entries(index.documents).flatMap(([documentKey, e]) => e.versions.map((v) => ({ documentKey, ...v })));
  let total = all.reduce((n, v) => n + v.bytes, 0);
  const out: { documentKey: string; recordedAt: string }[] = [];
  for (const v of all.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    if (total <= budget) break;
    if (v.documentKey === keep.documentKey && v.recordedAt === keep.recordedAt) continue;
    out.push({ documentKey: v.documentKey, recordedAt: v.recordedAt });
    total -= v.bytes;
  }
  return out;
}

export class HistoryStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageAreaLike,
    private readonly limits: HistoryLimits = HISTORY_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs one operation after the ones before it, whatever became of them. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(op);
    this.queue = next;
    return next;
  }

  private async get<T>(spec: KeySpec<T>): Promise<T> {
    return unwrap(spec, (await this.area.get([spec.key]))[spec.key]);
  }

  paused(): Promise<boolean> {
    return this.get(HISTORY_KEYS.historySettings).then((s) => s.paused);
  }

  setPaused(paused: boolean): Promise<void> {
    return this.serial(() => this.area.set({ [HISTORY_KEYS.historySettings.key]: wrap(HISTORY_KEYS.historySettings, { paused }) }));
  }

  index(): Promise<HistoryIndex> {
    return this.get(HISTORY_KEYS.historyIndex);
  }

  document(url: string): Promise<DocumentHistory | null> {
    return this.get(HISTORY_KEYS.historyDocument(documentKeyOf(url)));
  }

  /**
   * Records a visit. Same text as the newest version: only its last-seen time moves. Different text: a new
   * version, then the per-document and total bounds, oldest first. `force` records even while paused (the
   * watch list keeps its own policies' versions). `replacing` names a version this same page load recorded: a
   * page that changes while it is read (late content) replaces that version instead of making news of itself.
   */
  record(version: NewVersion, options: { force?: boolean; replacing?: string } = {}): Promise<RecordOutcome> {
    return this.serial(async () => {
      if (!options.force && (await this.paused())) return { kind: 'paused' } as const;
      const key = documentKeyOf(version.url);
      const docSpec = HISTORY_KEYS.historyDocument(key);
      const at = this.now().toISOString();
      let doc: DocumentHistory = (await this.get(docSpec)) ?? { url: version.url, versions: [] };
      const index = await this.index();
      let last = doc.versions[doc.versions.length - 1];
      if (last && options.replacing === last.recordedAt && last.digest.textHash !== version.digest.textHash) {
        doc = { ...doc, versions: doc.versions.slice(0, -1) };
        last = doc.versions[doc.versions.length - 1];
      }
      if (last && last.digest.textHash === version.digest.textHash) {
        const since = last.lastSeenAt;
        const updated = { ...doc, url: version.url, versions: [...doc.versions.slice(0, -1), { ...last, lastSeenAt: at }] };
        await this.area.set({ [docSpec.key]: wrap(docSpec, updated) });
        return { kind: 'same', since } as const;
      }
      // Two visits in the same millisecond must not share a time: the time identifies a version.
      const recordedAt = last && last.recordedAt >= at ? new Date(Date.parse(last.recordedAt) + 1).toISOString() : at;
      const current: HistoryVersion = {
        recordedAt,
        lastSeenAt: recordedAt,
        analyzerVersion: version.analyzerVersion,
        digest: version.digest,
        packedText: version.packedText,
        rawChars: version.rawChars,
      };
      const entry = index.documents[key] ?? { url: version.url, versions: [], dropped: 0 };
      let versions = [...doc.versions, current];
      let dropped = entry.dropped;
      if (versions.length > this.limits.versionsPerDocument) {
        dropped += versions.length - this.limits.versionsPerDocument;
        versions = versions.slice(-this.limits.versionsPerDocument);
      }
      const documents = {
        ...index.documents,
        [key]: {
          url: version.url,
          versions: versions.map((v) => ({ recordedAt: v.recordedAt, bytes: sizeOf(v) })),
          dropped,
        },
      };
      const writes: Record<string, unknown> = {};
      const removals: string[] = [];
      const docs = new Map<string, DocumentHistory>([[key, { url: version.url, versions }]]);
      // The total budget: drop the oldest versions anywhere, reading the other documents only when needed.
      for (const drop of evictions({ documents }, this.limits.totalBytes, { documentKey: key, recordedAt })) {
        const other =
          docs.get(drop.documentKey) ??
          (await this.get(HISTORY_KEYS.historyDocument(drop.documentKey))) ??
          { url: '', versions: [] };
        docs.set(drop.documentKey, { ...other, versions: other.versions.filter((v) => v.recordedAt !== drop.recordedAt) });
        const e = documents[drop.documentKey]!;
        documents[drop.documentKey] = {
          ...e,
          versions: e.versions.filter((v) => v.recordedAt !== drop.recordedAt),
          dropped: e.dropped + 1,
        };
      }
      for (const [k, d] of docs) {
        const s = HISTORY_KEYS.historyDocument(k);
        if (d.versions.length) writes[s.key] = wrap(s, d);
        else {
          removals.push(s.key);
          delete documents[k];
        }
      }
      writes[HISTORY_KEYS.historyIndex.key] = wrap(HISTORY_KEYS.historyIndex, { documents });
      await this.area.set(writes);
      if (removals.length) await this.area.remove(removals);
      if (!last) return { kind: 'first', current } as const;
      return { kind: 'changed', previous: last, current, dropped: documents[key]?.dropped ?? dropped } as const;
    });
  }

  /** Forgets every document of a site (an origin, e.g. "https://www.example.com"). */
  forgetSite(origin: string): Promise<number> {
    return this.forgetWhere((url) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    });
  }

  /** Forgets every recorded version. Settings and the watch list stay. */
  forgetAll(): Promise<number> {
    return this.forgetWhere(() => true);
  }

  private forgetWhere(match: (url: string) => boolean): Promise<number> {
    return this.serial(async () => {
      const index = await this.index();
      const gone = Object.entries(index.documents).filter(([, e]) => match(e.url)).map(([k]) => k);
      const documents = Object.fromEntries(Object.entries(index.documents).filter(([k]) => !gone.includes(k)));
      await this.area.remove(gone.map((k) => HISTORY_KEYS.historyDocument(k).key));
      await this.area.set({ [HISTORY_KEYS.historyIndex.key]: wrap(HISTORY_KEYS.historyIndex, { documents }) });
      return gone.length;
    });
  }
}
