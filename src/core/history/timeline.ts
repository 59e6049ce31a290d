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

/**
 * The events of a document's history: each version that moved a stance or added or removed a section,
 * against the version before it. Rewording that keeps every stance and every section is no event. With
 * `since` (YYYY-MM-DD), only versions recorded on or after that day are events; the last one before it is
 * still their baseline.
 */
export function eventsOf(versions: TimelineVersion[], since = ''): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 1; i < versions.length; i++) {
    const now = versions[i]!;
    if (now.date < since) continue;
    const c = changesBetween(versions[i - 1]!.digest, now.digest);
    if (!c.material && c.sections.added.length === 0 && c.sections.removed.length === 0) continue;
    const event: TimelineEvent = { commit: now.commit, date: now.date, changes: c.changes, sections: { added: c.sections.added, removed: c.sections.removed } };
    if (now.technical) event.technical = true;
    events.push(event);
  }
  return events;
}
