import type { PolicyText, TextBlock } from '../text/policy-text';
import { regionNamedIn, SCOPE_LEAD } from './regions';

/** A part of one page written for one region: blocks [from, to) of its PolicyText. */
export interface RegionPart {
  region: string;
  from: number;
  to: number;
  /** The heading or lead line that names the region. */
  label: string;
}

/** How many blocks after a heading may hold the lead that names its region. */
const LEAD_BLOCKS = 2;

/**
 * Finds the regional parts of one page: a heading, or a lead line right under it, that limits what follows
 * to a region ("Privacy Policy (If you are a user having your usual residence in the US)", "EEA/UK/CH").
 * A part runs to the next heading of the same or a higher level that starts another region. Sections that
 * only scope a few rules ("Supplemental notice for California residents") come out as parts too.
 */
export function regionalParts(policy: PolicyText): RegionPart[] {
  const starts: { index: number; level: number; region: string; label: string }[] = [];
  const text = (b: TextBlock) => policy.text.slice(b.start, b.end);
  policy.blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const heading = text(block);
    const named = heading.length <= 80 ? regionNamedIn(heading) : undefined;
    // A heading that is only a region's name ("U.S.", "Other regions") or that scopes ("… for California residents").
    if (named && (SCOPE_LEAD.test(heading) || heading.split(/\s+/).length <= 4)) {
      starts.push({ index, level: block.level ?? 2, region: named, label: heading });
      return;
    }
    for (const lead of policy.blocks.slice(index + 1, index + 1 + LEAD_BLOCKS)) {
      if (lead.kind === 'heading') break;
      const line = text(lead);
      if (line.length > 200 || !SCOPE_LEAD.test(line)) continue;
      const region = regionNamedIn(line);
      if (region) {
        starts.push({ index, level: block.level ?? 2, region, label: line });
        break;
      }
    }
  });
  return starts.map((s, i) => {
    let to = policy.blocks.length;
    for (const next of starts.slice(i + 1)) {
      if (next.level <= s.level) {
        to = next.index;
        break;
      }
    }
    // A part also ends at the next heading of a higher level (the end of the section it scopes).
    for (let j = s.index + 1; j < to; j++) {
      const b = policy.blocks[j]!;
      if (b.kind === 'heading' && (b.level ?? 2) < s.level) {
        to = j;
        break;
      }
    }
    return { region: s.region, from: s.index, to, label: s.label };
  });
}

/** The PolicyText of one part, re-based so its offsets start at 0. */
export function partText(policy: PolicyText, part: RegionPart): PolicyText {
  const blocks = policy.blocks.slice(part.from, part.to);
  if (blocks.length === 0) return { text: '', blocks: [] };
  const base = blocks[0]!.start;
  const end = blocks[blocks.length - 1]!.end;
  return {
    text: policy.text.slice(base, end),
    blocks: blocks.map((b) => ({ ...b, start: b.start - base, end: b.end - base })),
  };
}

/** A part counts as a whole regional version when it holds at least this share of the page's text. */
const VERSION_SHARE = 0.15;

/**
 * Whole-document versions for each region with a large part of its own (an in-page multi-region policy such
 * as TikTok's 2021 page with US, EEA/UK/CH and other-regions parts); [] for an ordinary page, even one with a
 * few country supplements.
 */
export function documentRegions(policy: PolicyText): { region: string; label: string; policyText: PolicyText }[] {
  const parts = regionalParts(policy);
  const size = (p: RegionPart) => (policy.blocks[p.to - 1]?.end ?? 0) - (policy.blocks[p.from]?.start ?? 0);
  const nested = (p: RegionPart) => parts.some((q) => q !== p && q.from < p.from && p.to <= q.to);
  const top = parts.filter((p) => !nested(p) && size(p) >= VERSION_SHARE * policy.text.length);
  const byRegion = new Map<string, { region: string; label: string; policyText: PolicyText }>();
  for (const p of top) {
    if (!byRegion.has(p.region)) {
      byRegion.set(p.region, { region: p.region, label: p.label, policyText: partText(policy, p) });
    }
  }
  return byRegion.size >= 2 ? [...byRegion.values()] : [];
}
