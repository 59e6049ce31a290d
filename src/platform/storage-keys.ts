import type { TabState } from './messages';

/**
 * Every storage key, declared once with its area, default and schema version (house rule 5). A value read with
 * an older version goes through `migrate`; one that cannot be migrated falls back to the default.
 */
export interface KeySpec<T> {
  key: string;
  area: 'local' | 'session';
  version: number;
  default: () => T;
  migrate?: (old: unknown, fromVersion: number) => T | undefined;
}

export interface Stored<T> {
  v: number;
  value: T;
}

/** Most sites whose panel state is remembered; the oldest are forgotten first. */
export const MAX_PANEL_SITES = 1000;

/** A comparison kept for the full comparison page (session storage: gone with the browser session). */
export interface StoredComparison {
  createdAt: string;
  pageUrl: string;
  /** The comparison as `compareVersions` returned it (plain JSON). */
  comparison: unknown;
  versions: { region: string; url: string; source: string; fetchedAt: string }[];
}

/** What was fetched when, per address (the results themselves are in the comparison). */
export interface FetchRecord {
  fetchedAt: string;
  ok: boolean;
  error?: string;
}

export const MAX_COMPARISONS = 10;

/** storage.local holds 10 MB without `unlimitedStorage`: warn the reader well before it is full. */
export const STORAGE_QUOTA_BYTES = 10 * 1024 * 1024;
export const STORAGE_WARN_SHARE = 0.8;
export const MAX_FETCH_RECORDS = 200;

export const KEYS = {
  /** What the content script said about each open tab; session storage dies with the browser session. */
  tabStates: {
    key: 'tabStates',
    area: 'session',
    version: 1,
    default: () => ({}) as Record<string, TabState>,
  } satisfies KeySpec<Record<string, TabState>>,
  /** Sites (origins) where the reader collapsed the findings panel, with when they did. */
  collapsedPanels: {
    key: 'collapsedPanels',
    area: 'local',
    version: 1,
    default: () => ({}) as Record<string, string>,
  } satisfies KeySpec<Record<string, string>>,
  /** Comparisons by id, for the comparison page. */
  comparisons: {
    key: 'comparisons',
    area: 'session',
    version: 1,
    default: () => ({}) as Record<string, StoredComparison>,
  } satisfies KeySpec<Record<string, StoredComparison>>,
  /** The reader's annotations (W3C Web Annotations, plain JSON), by document (see `documentKey`). */
  annotations: {
    key: 'annotations',
    area: 'local',
    version: 1,
    default: () => ({}) as Record<string, unknown[]>,
  } satisfies KeySpec<Record<string, unknown[]>>,
  /** Fetch times and outcomes of regional versions, by address. */
  fetchRecords: {
    key: 'fetchRecords',
    area: 'local',
    version: 1,
    default: () => ({}) as Record<string, FetchRecord>,
  } satisfies KeySpec<Record<string, FetchRecord>>,
  /** Sites (origins) where the reader docked the findings panel on the left, with when (right is the default). */
  leftPanels: {
    key: 'leftPanels',
    area: 'local',
    version: 1,
    default: () => ({}) as Record<string, string>,
  } satisfies KeySpec<Record<string, string>>,
  /** The reader's settings (the options page). */
  settings: {
    key: 'settings',
    area: 'local',
    version: 1,
    default: (): Settings => ({ creatorName: '' }),
  } satisfies KeySpec<Settings>,
};

/** What the options page sets. */
export interface Settings {
  /** The name annotations are signed with; empty means "me". */
  creatorName: string;
}

/** Keeps the newest `max` entries of a record keyed by id, by a date field. */
export function keepNewest<T>(all: Record<string, T>, max: number, dateOf: (t: T) => string): Record<string, T> {
  const keys = Object.keys(all);
  if (keys.length <= max) return all;
  const keep = keys.sort((a, b) => dateOf(all[b]!).localeCompare(dateOf(all[a]!))).slice(0, max);
  return Object.fromEntries(keep.map((k) => [k, all[k]!]));
}

/** Reads a stored envelope: the value at the current version, migrated from an older one, or the default. */
export function unwrap<T>(spec: KeySpec<T>, raw: unknown): T {
  const stored = raw as Stored<T> | undefined;
  if (!stored || typeof stored !== 'object' || typeof stored.v !== 'number') return spec.default();
  if (stored.v === spec.version) return stored.value;
  return spec.migrate?.(stored.value, stored.v) ?? spec.default();
}

export const wrap = <T>(spec: KeySpec<T>, value: T): Stored<T> => ({ v: spec.version, value });

export { documentKeyOf as documentKey } from '../core/annotation/document-key';

// ——— History and the watch list (issue 11). Types live in history-keys.ts; the keys are declared here. ———
export { HISTORY_KEYS } from './history-keys';
