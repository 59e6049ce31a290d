import { escapeMarkdown } from '../report/analysis-report';
import { describeChange } from './describe';
import { TRANSIENT_DAYS, type TimelineEvent } from './timeline';

export interface DocumentTimeline {
  service: string;
  document: string;
  versions: number;
  events: TimelineEvent[];
  /** Recordings undone within days (a broken or cut-short page), left out of the events. */
  transient: number;
}

export interface HistoryStats {
  versions: number;
  /** Distinct texts analysed (a version identical to an earlier one is read once). */
  blobs: number;
  words: number;
  /** Wall time. */
  ms: number;
  /** CPU time of every thread: on a machine shared with other work, the figure that wall time hides. */
  cpuMs: number;
}

/** Page text bound for a terminal: no control characters (an archived page could carry escape sequences). */
const plain = (s: string) => s.replace(/\p{Cc}+/gu, ' ');
const short = (commit: string) => (/^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 10) : commit);
const QUOTE_CHARS = 240;
const clip = (s: string) => (s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS - 1)}…` : s);

/** The JSON of one event, exactly the documented shape (`policy-lens history` README section). */
export function eventJson(e: TimelineEvent) {
  return {
    commit: e.commit,
    date: e.date,
    changes: e.changes.map((c) => ({
      type: c.type,
      ...(c.identifier ? { identifier: true as const } : {}),
      from: c.from,
      to: c.to,
      ...(c.before !== undefined ? { before: c.before } : {}),
      ...(c.after !== undefined ? { after: c.after } : {}),
    })),
    sections: { added: e.sections.added, removed: e.sections.removed },
    ...(e.technical ? { technical: true as const } : {}),
  };
}

/** For the terminal: one block per document, one line per change, the sentences before and after under it. */
export function formatHistoryText(documents: DocumentTimeline[], stats: HistoryStats): string {
  const out: string[] = [];
  for (const d of documents) {
    const left = d.transient ? ` (${d.transient} short-lived recordings left out)` : '';
    out.push(`${plain(d.service)} — ${plain(d.document)}: ${d.versions} versions, ${d.events.length} events${left}`);
    for (const e of d.events) {
      out.push(`  ${e.date} ${short(plain(e.commit))}${e.technical ? ' (technical: a change of extraction)' : ''}`);
      for (const c of e.changes) {
        out.push(`    • ${describeChange(c)}`);
        if (c.before !== undefined) out.push(`        before: “${clip(plain(c.before))}”`);
        if (c.after !== undefined) out.push(`        after:  “${clip(plain(c.after))}”`);
      }
      for (const h of e.sections.added) out.push(`    + section “${plain(h)}”`);
      for (const h of e.sections.removed) out.push(`    − section “${plain(h)}”`);
    }
  }
  out.push(
    '',
    `${stats.versions} versions (${stats.blobs} distinct texts, ${stats.words} words) ` +
      `in ${(stats.ms / 1000).toFixed(1)} s (${(stats.cpuMs / 1000).toFixed(1)} s of CPU)`,
  );
  return out.join('\n') + '\n';
}

/** A timeline an advocate can publish: newest first, page text escaped. */
export function formatHistoryMarkdown(documents: DocumentTimeline[], stats: HistoryStats): string {
  const out: string[] = ['# Policy history', ''];
  for (const d of documents) {
    out.push(`## ${escapeMarkdown(d.service)} — ${escapeMarkdown(d.document)}`, '');
    const left = d.transient
      ? ` ${d.transient} recordings that the archive caught broken and restored within ${TRANSIENT_DAYS} days are left out.`
      : '';
    const worth = d.events.length
      ? `${d.events.length} changes worth reading`
      : 'no change in face, voice, biometric or location data, and no section added or removed';
    out.push(`${d.versions} recorded versions; ${worth}.${left}`, '');
    for (const e of [...d.events].reverse()) {
      out.push(`### ${e.date}${e.technical ? ' (a change in how the archive extracts the page, not necessarily in the policy)' : ''}`, '');
      out.push(`Recorded in \`${short(e.commit).replace(/`/g, '')}\`.`, '');
      for (const c of e.changes) {
        out.push(`- **${escapeMarkdown(describeChange(c))}**`);
        if (c.before !== undefined) out.push(`  - before: “${escapeMarkdown(clip(c.before))}”`);
        if (c.after !== undefined) out.push(`  - after: “${escapeMarkdown(clip(c.after))}”`);
      }
      if (e.sections.added.length) out.push(`- sections added: ${e.sections.added.map((h) => `“${escapeMarkdown(h)}”`).join(', ')}`);
      if (e.sections.removed.length) {
        out.push(`- sections removed: ${e.sections.removed.map((h) => `“${escapeMarkdown(h)}”`).join(', ')}`);
      }
      out.push('');
    }
  }
  out.push(
    `_${stats.versions} versions (${stats.blobs} distinct texts, ${stats.words} words) read by Policy Lens ` +
      `in ${(stats.ms / 1000).toFixed(1)} s (${(stats.cpuMs / 1000).toFixed(1)} s of CPU)._`,
    '',
  );
  return out.join('\n');
}
