import { changesBetween } from './changes';
import type { StanceChange, VersionChanges, VersionDigest } from './types';

/** One recorded version of a document, in the order it was recorded. */
export interface TimelineVersion {
  /** The commit (or file) that recorded it. */
  commit: string;
  /** YYYY-MM-DD */
  date: string;
  /** Recorded by a change of the archive's extraction, not of the policy ("Apply technical or declaration upgrade"). */
  technical?: boolean;
  digest: VersionDigest;
}

/** What one version changed against the one before it, when it changed something worth telling. */
export interface TimelineEvent {
  commit: string;
  date: string;
  changes: StanceChange[];
  sections: { added: string[]; removed: string[] };
  technical?: true;
}

/** A recording undone by a later one within this many days is the archive's accident, not the policy's change. */
export const TRANSIENT_DAYS = 7;

const DAY_MS = 86_400_000;
const cellOf = (c: StanceChange) => (c.identifier ? `${c.type}-id` : c.type);

/**
 * Whether `later` undoes what `changed` (the changes from the baseline to a suspect version) did, both
 * measured from the same baseline by the same engine as events (near-same headings pair, as in changesBetween).
 * A suspect that moved stances is undone when every cell it moved is back; one that only added or removed
 * sections, when none of the sections it added is still there and none it removed is still missing. What
 * `later` changes besides is its own event, told against the baseline.
 */
function undoes(changed: VersionChanges, later: VersionChanges): boolean {
  if (changed.material) {
    const moved = new Set(changed.changes.map(cellOf));
    return !later.changes.some((c) => moved.has(cellOf(c)));
  }
  const added = new Set(changed.sections.added);
  const removed = new Set(changed.sections.removed);
  return !later.sections.added.some((h) => added.has(h)) && !later.sections.removed.some((h) => removed.has(h));
}

/**
 * The end of a short-lived run that starts at version `i` (which changed `changed` against version i−1): the
 * first later version, recorded within TRANSIENT_DAYS of version `i`, that undoes it. In archives these are
 * pages caught broken ("We're all mixed up — refresh this page"), empty, briefly replaced by another page or
 * variant, then restored — in one recording or in several (a broken page recorded twice), and restored with
 * headings that differ in punctuation or case, or together with a real change of its own.
 */
function restoredAt(versions: TimelineVersion[], i: number, changed: VersionChanges): { at: number; changes: VersionChanges } | undefined {
  const baseline = versions[i - 1]!.digest;
  const start = Date.parse(versions[i]!.date);
  for (let j = i + 1; j < versions.length && Date.parse(versions[j]!.date) - start <= TRANSIENT_DAYS * DAY_MS; j++) {
    const later = changesBetween(baseline, versions[j]!.digest);
    if (undoes(changed, later)) return { at: j, changes: later };
  }
  return undefined;
}

const worthTelling = (c: VersionChanges) => c.material || c.sections.added.length > 0 || c.sections.removed.length > 0;

function eventAt(version: TimelineVersion, c: VersionChanges): TimelineEvent {
  const event: TimelineEvent = {
    commit: version.commit,
    date: version.date,
    changes: c.changes,
    sections: { added: c.sections.added, removed: c.sections.removed },
  };
  if (version.technical) event.technical = true;
  return event;
}

/**
 * The events of a document's history: each version that moved a stance or added or removed a section,
 * against the version before it. Rewording that keeps every stance and every section is no event, and
 * neither is a short-lived recording (see restoredAt); the version that undoes it is compared with the version
 * before the run, so whatever it changes besides is still told. `transient` counts the recordings left out.
 * With `since` (YYYY-MM-DD), only versions recorded on or after that day are events; the last one before it
 * is still their baseline.
 */
export function eventsOf(versions: TimelineVersion[], since = ''): { events: TimelineEvent[]; transient: number } {
  const events: TimelineEvent[] = [];
  let transient = 0;
  for (let i = 1; i < versions.length; i++) {
    const now = versions[i]!;
    if (now.date < since) continue;
    const c = changesBetween(versions[i - 1]!.digest, now.digest);
    if (!worthTelling(c)) continue;
    const restored = restoredAt(versions, i, c);
    if (!restored) {
      events.push(eventAt(now, c));
      continue;
    }
    transient += restored.at - i;
    // The restoring version against the baseline: a real change it brings along is still an event.
    if (worthTelling(restored.changes)) events.push(eventAt(versions[restored.at]!, restored.changes));
    i = restored.at;
  }
  return { events, transient };
}
