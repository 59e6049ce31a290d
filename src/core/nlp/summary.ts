import { DATA_TYPES, type DataType, type Practice, type SummaryValue } from './types';

type Summarized = Pick<Practice, 'type' | 'stance' | 'conditional' | 'conditions'>;

const RANK: Record<SummaryValue, number> = { silent: 0, denies: 2, 'may-collect': 3, collects: 4 };

/**
 * The strongest stance per type over the document: collects (an unconditional affirmation), may-collect
 * (only conditional ones), denies, silent; and for each type the index of the practice that states it (the
 * first in the document with that strength), so a summary cell can quote the claim it stands on.
 * An affirmation that holds only for old app versions does not outweigh a denial for current ones.
 */
export function summarizeWithBasis(practices: Summarized[]): {
  summary: Record<DataType, SummaryValue>;
  basis: Partial<Record<DataType, number>>;
} {
  const summary = Object.fromEntries(DATA_TYPES.map((t) => [t, 'silent'])) as Record<DataType, SummaryValue>;
  const basis: Partial<Record<DataType, number>> = {};
  const legacyOnly = (p: Summarized) => p.conditions.some((c) => c.kind === 'app-version');
  const deniedTypes = new Set(practices.filter((p) => p.stance === 'denied').map((p) => p.type));
  practices.forEach((p, i) => {
    let value: SummaryValue;
    if (p.stance === 'denied') value = 'denies';
    // A legacy-only affirmation beside a denial reports the denial, so it is never the basis itself.
    else if (legacyOnly(p)) value = deniedTypes.has(p.type) ? 'denies' : 'may-collect';
    else value = p.conditional ? 'may-collect' : 'collects';
    if (RANK[value] <= RANK[summary[p.type]]) return;
    summary[p.type] = value;
    if (value === 'denies' && p.stance !== 'denied') {
      basis[p.type] = practices.findIndex((q) => q.type === p.type && q.stance === 'denied');
    } else basis[p.type] = i;
  });
  return { summary, basis };
}

export function summarize(practices: Summarized[]): Record<DataType, SummaryValue> {
  return summarizeWithBasis(practices).summary;
}
