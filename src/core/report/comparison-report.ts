import type { Comparison } from '../compare/compare';
import { sentenceChanges } from '../compare/word-diff';
import { escapeMarkdown } from './analysis-report';
import { SUMMARY_LABEL, TYPE_LABEL } from './labels';
import { quoteMarkdown, quoteSegments } from './quote';
import { comparisonRows } from './rows';
import { comparisonTitle } from './comparison-title';

export { comparisonTitle };

/** Where each version came from: a comparison file says what it compared, and when. */
export interface ComparisonMeta {
  service?: string;
  versions: { region: string; url: string; fetchedAt?: string }[];
}

/** Every section that differs, in full: a file is complete (nothing "… and 50 more"). */
function sectionLines(c: Comparison, escape: (s: string) => string, markdown: boolean): string[] {
  const lines: string[] = [];
  const only = c.sections.filter((s) => s.status === 'only-in-some');
  const changed = c.sections.filter((s) => s.status === 'changed');
  const same = c.sections.filter((s) => s.status === 'same').length;
  lines.push(`Sections: ${c.sections.length} aligned, ${same} the same, ${changed.length} changed, ${only.length} only in some versions.`);
  for (const s of only) lines.push(`- only in ${s.regions.map(escape).join(', ')}: “${escape(s.heading)}”`);
  for (const s of changed) {
    const counts = Object.keys(s.added).map((r) => `${escape(r)} +${s.added[r]!.length}/−${s.removed[r]!.length}`).join(', ');
    lines.push(`- changed: “${escape(s.heading)}” (vs ${escape(s.regions[0]!)}: ${counts} sentences)`);
    for (const r of Object.keys(s.added)) {
      for (const change of sentenceChanges(s.removed[r] ?? [], s.added[r] ?? [])) {
        if (change.kind === 'removed') lines.push(`  - ${escape(r)} drops: “${escape(change.text)}”`);
        else if (change.kind === 'added') lines.push(`  - ${escape(r)} adds: “${escape(change.text)}”`);
        else {
          const words = change.parts
            .map((p) =>
              p.op === 'same'
                ? escape(p.text)
                : markdown
                  ? p.op === 'added'
                    ? `**${escape(p.text)}**`
                    : `~~${escape(p.text)}~~`
                  : p.op === 'added'
                    ? `{+${p.text}+}`
                    : `[-${p.text}-]`,
            )
            .join('');
          lines.push(`  - ${escape(r)} rewords: “${words}”`);
        }
      }
    }
  }
  return lines;
}

function versionLines(meta: ComparisonMeta | undefined, escape: (s: string) => string): string[] {
  if (!meta) return [];
  return meta.versions.map((v) => `- ${escape(v.region)}: ${escape(v.url)}${v.fetchedAt ? ` (fetched ${v.fetchedAt})` : ''}`);
}

/** A terminal report: key differences first, then the matrix, then the sections. */
export function formatComparisonText(c: Comparison, meta?: ComparisonMeta): string {
  const out: string[] = [];
  out.push(`Comparing ${comparisonTitle(c, meta?.service)}`, ...versionLines(meta, (s) => s), '');
  out.push(c.keyDifferences.length ? 'Key differences' : 'No material difference in face, voice, biometric or location data.');
  for (const d of c.keyDifferences) out.push(`  • ${d.text}`);
  const width = Math.max(16, ...c.regions.map((r) => r.length + 2), ...Object.values(SUMMARY_LABEL).map((w) => w.length + 2));
  out.push('', `${''.padEnd(34)}${c.regions.map((r) => r.padEnd(width)).join('')}`);
  for (const row of comparisonRows(c)) {
    const label = row.identifier ? `  ${row.key} (identifiers)` : TYPE_LABEL[row.type];
    out.push(`${label.padEnd(34)}${row.cells.map((cell) => SUMMARY_LABEL[cell.value].padEnd(width)).join('')}`);
  }
  out.push('', ...sectionLines(c, (s) => s, false));
  return out.join('\n') + '\n';
}

/** The comparison as Markdown for a blog post or an issue: complete, with where and when each version was read. */
export function formatComparisonMarkdown(c: Comparison, meta?: ComparisonMeta): string {
  const out: string[] = [];
  out.push(`# How this policy differs by region: ${escapeMarkdown(comparisonTitle(c, meta?.service))}`, '');
  if (meta) out.push('## Versions compared', '', ...versionLines(meta, escapeMarkdown), '');
  if (c.keyDifferences.length === 0) {
    out.push('No material difference in what the versions allow about your face, voice, biometrics or location.', '');
  } else {
    out.push('## Key differences', '');
    for (const d of c.keyDifferences) out.push(`- ${escapeMarkdown(d.text)}`);
    out.push('');
  }
  const rows = comparisonRows(c);
  out.push(`| Data | ${c.regions.map(escapeMarkdown).join(' | ')} |`, `|---|${c.regions.map(() => '---').join('|')}|`);
  for (const row of rows) {
    const label = row.identifier ? (row.key === 'faceprints' ? 'Faceprints' : 'Voiceprints') : TYPE_LABEL[row.type];
    out.push(`| ${label} | ${row.cells.map((cell) => SUMMARY_LABEL[cell.value]).join(' | ')} |`);
  }
  out.push('', '## What each cell rests on', '');
  for (const row of rows) {
    for (const cell of row.cells) {
      for (const q of cell.quotes) {
        const label = row.identifier ? row.key : TYPE_LABEL[row.type];
        out.push(
          `- ${escapeMarkdown(label)}, ${escapeMarkdown(cell.region)}: ` +
            `“${quoteMarkdown(quoteSegments(q.sentence, q.evidence, Infinity), escapeMarkdown)}”`,
        );
      }
    }
  }
  out.push('', '## Sections', '', ...sectionLines(c, escapeMarkdown, true));
  out.push('', '_Generated by Policy Lens. Machine findings: check each quote against the policies._');
  return out.join('\n') + '\n';
}
