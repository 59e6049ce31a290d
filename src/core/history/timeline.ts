import { changesBetween } from './changes';
import type { StanceChange, VersionDigest } from './types';

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

/** A recording undone by the next one within this many days is the archive's accident, not the policy's change. */
export const TRANSIENT_DAYS = 7;

const DAY_MS = 86_400_000;
const shape = (d: VersionDigest) => JSON.stringify([d.summary, d.identifiers, d.sections.map((s) => s.heading)]);

/**
 * A version that differs from the one before it, while the next one, recorded within TRANSIENT_DAYS, is
 * back to the same stances and headings as before: in archives these are pages caught broken ("We're all
 * mixed up — refresh this page"), cut short, or briefly served in another variant, then restored.
 */
function isTransient(versions: TimelineVersion[], i: number): boolean {
  const before = versions[i - 1];
  const after = versions[i + 1];
  if (!before || !after) return false;
  if (Date.parse(after.date) - Date.parse(versions[i]!.date) > TRANSIENT_DAYS * DAY_MS) return false;
  const was = shape(before.digest);
  return shape(versions[i]!.digest) !== was && shape(after.digest) === was;
}

/**
 * The events of a document's history: each version that moved a stance or added or removed a section,
 * against the version before it. Rewording that keeps every stance and every section is no event, and
 * neither is a transient recording (see isTransient) nor the one that undoes it; `transient` counts them.
 * With `since` (YYYY-MM-DD), only versions recorded on or after that day are events; the last one before it
 * is still their baseline.
 */
export function eventsOf(versions: TimelineVersion[], since = ''): { events: TimelineEvent[]; transient: number } {
  const events: TimelineEvent[] = [];
  let transient = 0;
  for (let i = 1; i < versions.length; i++) {
    const now = versions[i]!;
    if (now.date < since) continue;
    if (isTransient(versions, i)) {
      transient++;
      i++; // the next version only undoes this one
      continue;
    }
    const c = changesBetween(versions[i - 1]!.digest, now.digest);
    if (!c.material && c.sections.added.length === 0 && c.sections.removed.length === 0) continue;
    const event: TimelineEvent = { commit: now.commit, date: now.date, changes: c.changes, sections: { added: c.sections.added, removed: c.sections.removed } };
    if (now.technical) event.technical = true;
    events.push(event);
  }
  return { events, transient };
}
