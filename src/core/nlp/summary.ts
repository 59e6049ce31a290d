import { DATA_TYPES, type DataType, type Practice, type SummaryValue } from './types';

/**
 * The strongest stance per type over the document: collects (an unconditional affirmation), may-collect
 * (only conditional ones), denies, silent. An affirmation that holds only for old app versions does not
 * outweigh a denial for current ones.
 */
export function summarize(practices: Pick<Practice, 'type' | 'stance' | 'conditional' | 'conditions'>[]): Record<DataType, SummaryValue> {
  const rank: Record<SummaryValue, number> = { silent: 0, denies: 2, 'may-collect': 3, collects: 4 };
  const summary = Object.fromEntries(DATA_TYPES.map((t) => [t, 'silent'])) as Record<DataType, SummaryValue>;
  const legacyOnly = (p: Pick<Practice, 'conditions'>) => p.conditions.some((c) => c.kind === 'app-version');
  for (const p of practices) {
    let value: SummaryValue;
    if (p.stance === 'denied') value = 'denies';
    else if (legacyOnly(p)) value = summary[p.type] === 'denies' || practices.some((q) => q.type === p.type && q.stance === 'denied') ? 'denies' : 'may-collect';
    else value = p.conditional ? 'may-collect' : 'collects';
    if (rank[value] > rank[summary[p.type]]) summary[p.type] = value;
  }
  return summary;
}
