/**
 * Storage for policy history and the watch list (issue 11), declared once, typed and versioned (house rule 5).
 * Each document's versions sit under a key of their own (`history:` + document key), so a visit reads and
 * writes one document, not every policy ever read; a small index says which exist, how big each version is,
 * and so what to drop first when the budget is spent.
 */
import type { VersionDigest } from '../core/history';
import type { KeySpec } from './storage-keys';

/** One recorded version of a document: what it said, and its text, gzipped (see history-codec). */
export interface HistoryVersion {
  /** When this text was first seen (ISO). */
  recordedAt: string;
  /** The latest visit that saw the same text (ISO). */
  lastSeenAt: string;
  analyzerVersion: string;
  digest: VersionDigest;
  /** The extracted PolicyText as JSON, gzipped, base64. */
  packedText: string;
  /** Characters of that JSON before compression: for the figures, and to tell the reader what it saves. */
  rawChars: number;
}

export interface DocumentHistory {
  /** The address it was last read at (the key drops the fragment and trailing slash). */
  url: string;
  /** Oldest first. */
  versions: HistoryVersion[];
}

export interface HistoryIndexEntry {
  url: string;
  /** Per stored version, oldest first: when it was recorded and its size in storage. */
  versions: { recordedAt: string; bytes: number }[];
  /** Versions of this document dropped to stay within the limits. */
  dropped: number;
}

export interface HistoryIndex {
  documents: Record<string, HistoryIndexEntry>;
}

export interface HistorySettings {
  /** While paused, visits are not recorded (the watch list still checks what it watches). */
  paused: boolean;
}

/** A watched policy and the outcome of its latest check. */
export interface WatchEntry {
  url: string;
  addedAt: string;
  lastCheck?: string;
  /** When a check last found different text. */
  lastChange?: string;
  /** The material changes of that check, in words. */
  lastChangeLines?: string[];
  /** The latest check's failure, cleared by the next success. */
  lastError?: string;
}

const spec = <T>(key: string, area: 'local', version: number, initial: () => T): KeySpec<T> => ({ key, area, version, default: initial });

export const HISTORY_DOCUMENT_PREFIX = 'history:';

export const HISTORY_KEYS = {
  historyIndex: spec<HistoryIndex>('historyIndex', 'local', 1, () => ({ documents: {} })),
  historySettings: spec<HistorySettings>('historySettings', 'local', 1, () => ({ paused: false })),
  /** Watched policies by document key. */
  watchList: spec<Record<string, WatchEntry>>('watchList', 'local', 1, () => ({})),
  /** One document's versions; the key family is `history:<document key>`. */
  historyDocument: (documentKey: string): KeySpec<DocumentHistory | null> =>
    spec(`${HISTORY_DOCUMENT_PREFIX}${documentKey}`, 'local', 1, () => null),
};

/** What changed since the reader's last visit, as the panel and the popup show it (plain JSON). */
export interface HistoryNews {
  documentKey: string;
  /** The reader's last visit to the earlier text (ISO). */
  since: string;
  /** When the two versions compared were recorded: they name them for the then-vs-now page. */
  thenAt: string;
  nowAt: string;
  /** Material changes in plain words, identifiers first. */
  lines: string[];
  sections: { added: string[]; removed: string[]; changed: string[] };
  material: boolean;
  /** Versions of this document dropped to stay within the limits. */
  dropped: number;
}
