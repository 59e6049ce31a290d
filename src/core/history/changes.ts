import { headingSimilarity, normalizeHeading } from '../compare/normalize';
import { DATA_TYPES } from '../nlp/types';
import type { CellKey, SectionChanges, StanceChange, VersionChanges, VersionDigest } from './types';

/** Headings this similar are the same section reworded (the threshold the regional comparison aligns with). */
const SAME_HEADING = 0.6;

function stanceChange(before: VersionDigest, after: VersionDigest, key: CellKey): StanceChange | undefined {
  const identifier = key === 'face-id' || key === 'voice-id';
  const type = key === 'face-id' ? 'face' : key === 'voice-id' ? 'voice' : key;
  const from = identifier ? before.identifiers[type as 'face' | 'voice'] : before.summary[type];
  const to = identifier ? after.identifiers[type as 'face' | 'voice'] : after.summary[type];
  if (from === to) return undefined;
  const change: StanceChange = { type, from, to };
  if (identifier) change.identifier = true;
  const was = before.evidence[key];
  const now = after.evidence[key];
  if (was !== undefined) change.before = was;
  if (now !== undefined) change.after = now;
  const conditions = after.conditions?.[key];
  if (to === 'may-collect' && conditions?.length) change.conditions = [...conditions];
  return change;
}

/**
 * Sections added, removed and changed: the same heading (after normalising) pairs first, then headings
 * reworded beyond that pair by word overlap; a pair whose text hash differs is "changed". A heading that
 * appears twice (an "Overview" per part) pairs in order.
 */
function sectionChanges(before: VersionDigest['sections'], after: VersionDigest['sections']): SectionChanges {
  const b = before.map((s) => ({ ...s, key: normalizeHeading(s.heading), used: false })).filter((s) => s.key);
  const a = after.map((s) => ({ ...s, key: normalizeHeading(s.heading), pair: -1 })).filter((s) => s.key);
  for (const s of a) {
    const i = b.findIndex((t) => !t.used && t.key === s.key);
    if (i >= 0) {
      b[i]!.used = true;
      s.pair = i;
    }
  }
  for (const s of a) {
    if (s.pair >= 0) continue;
    let best = -1;
    let bestScore = SAME_HEADING;
    b.forEach((t, i) => {
      if (t.used) return;
      const score = headingSimilarity(t.key, s.key);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      b[best]!.used = true;
      s.pair = best;
    }
  }
  return {
    added: a.filter((s) => s.pair < 0).map((s) => s.heading),
    removed: b.filter((t) => !t.used).map((t) => t.heading),
    changed: a.filter((s) => s.pair >= 0 && b[s.pair]!.hash !== s.hash).map((s) => s.heading),
  };
}

/**
 * What a later version changes: summary cells that moved (identifier rows first, then the data types in
 * their usual order) and sections added, removed or rewritten. Rewording that keeps every stance is no
 * material change; it shows only under `sections.changed`.
 */
export function changesBetween(before: VersionDigest, after: VersionDigest): VersionChanges {
  if (before.textHash === after.textHash) return { changes: [], sections: { added: [], removed: [], changed: [] }, material: false };
  const keys: CellKey[] = ['face-id', 'voice-id', ...DATA_TYPES];
  const changes = keys.map((k) => stanceChange(before, after, k)).filter((c): c is StanceChange => c !== undefined);
  return { changes, sections: sectionChanges(before.sections, after.sections), material: changes.length > 0 };
}
