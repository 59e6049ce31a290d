/**
 * The watch list's schedule, pure: which watched policies are due, and what a check's outcome does to an entry.
 * The alarm fires daily (browsers may delay or coalesce it, and a stopped worker misses none: alarms persist);
 * an entry checked less than half a period ago is skipped, so a restart or a "Check now" right before the
 * alarm does not fetch twice.
 */
import type { WatchEntry } from '../platform/history-keys';

export const WATCH_ALARM = 'policy-lens-watch';
export const WATCH_PERIOD_MINUTES = 24 * 60;
/** Most policies fetched in one run: a long list is worked through over the following runs, oldest first. */
export const MAX_CHECKS_PER_RUN = 20;

export type CheckOutcome =
  | { kind: 'failed'; error: string }
  | { kind: 'unchanged' }
  /** Different text; `lines` are the material changes in words (none: a rewording, recorded silently). */
  | { kind: 'changed'; lines: string[] };

/** The entries to check now, least recently checked first. `force` ("Check now") takes every entry. */
export function dueEntries(list: Record<string, WatchEntry>, now: Date, force = false, periodMinutes = WATCH_PERIOD_MINUTES): string[] {
  const halfPeriod = (periodMinutes * 60_000) / 2;
  return Object.entries(list)
    .filter(([, e]) => force || !e.lastCheck || now.getTime() - Date.parse(e.lastCheck) >= halfPeriod)
    .sort(([, a], [, b]) => (a.lastCheck ?? '').localeCompare(b.lastCheck ?? ''))
    .slice(0, MAX_CHECKS_PER_RUN)
    .map(([key]) => key);
}

/** The entry after a check. A failure keeps the last change on show; a success clears the failure. */
export function afterCheck(entry: WatchEntry, outcome: CheckOutcome, now: Date): WatchEntry {
  const at = now.toISOString();
  if (outcome.kind === 'failed') return { ...entry, lastCheck: at, lastError: outcome.error };
  const rest = { ...entry };
  delete rest.lastError;
  if (outcome.kind === 'unchanged') return { ...rest, lastCheck: at };
  return { ...rest, lastCheck: at, lastChange: at, lastChangeLines: outcome.lines };
}

/** Whether a check's outcome is worth a notification: only material changes are (a rewording is not). */
export const notifies = (outcome: CheckOutcome): boolean => outcome.kind === 'changed' && outcome.lines.length > 0;
