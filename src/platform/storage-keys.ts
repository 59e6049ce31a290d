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
};

/** Reads a stored envelope: the value at the current version, migrated from an older one, or the default. */
export function unwrap<T>(spec: KeySpec<T>, raw: unknown): T {
  const stored = raw as Stored<T> | undefined;
  if (!stored || typeof stored !== 'object' || typeof stored.v !== 'number') return spec.default();
  if (stored.v === spec.version) return stored.value;
  return spec.migrate?.(stored.value, stored.v) ?? spec.default();
}

export const wrap = <T>(spec: KeySpec<T>, value: T): Stored<T> => ({ v: spec.version, value });
