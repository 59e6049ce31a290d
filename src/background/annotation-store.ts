import { documentKeyOf } from '../core/annotation/document-key';
import { mergeCollection } from '../core/annotation/merge';
import type { AnnotationCollection, PolicyAnnotation } from '../core/annotation/model';
import { applyNoteChange, type NoteChange } from '../core/annotation/store-change';
import { KEYS, STORAGE_QUOTA_BYTES, STORAGE_WARN_SHARE, wrap } from '../platform/storage-keys';

/** The part of `storage.local` the store uses; a test passes a fake. */
export interface AreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  getBytesInUse?(keys?: string | null): Promise<number>;
}

type Annotations = Record<string, PolicyAnnotation[]>;

/** Read from storage: the annotations, or why they may be read but not written. */
interface Snapshot {
  all: Annotations;
  /** Set when the stored data is of a version this build does not know: it is never written over. */
  readOnly?: string;
}

export const NEWER_VERSION_MESSAGE =
  'Your annotations were saved by a newer version of Policy Lens: they are shown read-only here, and nothing is changed.';

/**
 * The one writer of the reader's annotations (issue 12, item 2). Pages and the popup send changes here; each is
 * applied by id to what storage holds at that moment, one at a time, so no save reads a list another save is
 * about to replace. Data written by an unknown version is read-only: a note could otherwise replace every
 * document's annotations with this build's default (an empty store).
 */
export class AnnotationStore {
  private chain: Promise<unknown> = Promise.resolve();
  constructor(private readonly area: AreaLike) {}

  private async snapshot(): Promise<Snapshot> {
    const raw = (await this.area.get(KEYS.annotations.key))[KEYS.annotations.key] as { v?: unknown; value?: unknown } | undefined;
    if (raw === undefined) return { all: {} };
    const value = raw && typeof raw === 'object' ? raw.value : undefined;
    const shaped = value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(Array.isArray);
    if (raw?.v === KEYS.annotations.version && shaped) return { all: value as Annotations };
    // Shown if it has our shape (a newer version most likely still keeps annotations per document), never written.
    return { all: shaped ? (value as Annotations) : {}, readOnly: NEWER_VERSION_MESSAGE };
  }

  /** Runs `task` after every earlier one, whatever became of them. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.catch(() => undefined).then(task);
    this.chain = next;
    return next;
  }

  private async commit(all: Annotations): Promise<{ nearlyFull: boolean }> {
    await this.area.set({ [KEYS.annotations.key]: wrap(KEYS.annotations, all) });
    const used = (await this.area.getBytesInUse?.(null).catch(() => 0)) ?? 0;
    return { nearlyFull: used > STORAGE_QUOTA_BYTES * STORAGE_WARN_SHARE };
  }

  async load(url: string): Promise<{ annotations: PolicyAnnotation[]; readOnly?: string }> {
    const { all, readOnly } = await this.snapshot();
    return { annotations: all[documentKeyOf(url)] ?? [], ...(readOnly ? { readOnly } : {}) };
  }

  /** Applies one page's change; returns the document's annotations as stored now (others' saves included). */
  change(url: string, change: NoteChange): Promise<{ annotations: PolicyAnnotation[]; nearlyFull: boolean }> {
    return this.serial(async () => {
      const { all, readOnly } = await this.snapshot();
      if (readOnly) throw new Error(readOnly);
      const key = documentKeyOf(url);
      const next = applyNoteChange(all, key, change);
      const { nearlyFull } = await this.commit(next);
      return { annotations: next[key] ?? [], nearlyFull };
    });
  }

  /** Merges an imported (already validated) collection, all or nothing. */
  import(collection: AnnotationCollection): Promise<{ added: number; updated: number; skipped: number }> {
    return this.serial(async () => {
      const { all, readOnly } = await this.snapshot();
      if (readOnly) throw new Error(readOnly);
      const { next, added, updated, skipped } = mergeCollection(all, collection);
      await this.commit(next);
      return { added, updated, skipped };
    });
  }

  async all(): Promise<Annotations> {
    return (await this.snapshot()).all;
  }
}
