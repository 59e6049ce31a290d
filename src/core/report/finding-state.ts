import type { Practice, SummaryValue } from '../nlp/types';

/** The state one finding stands for, in the summary's four words: a conditional affirmation "may collect". */
export function findingState(p: Pick<Practice, 'stance' | 'conditional' | 'conditions'>): SummaryValue {
  if (p.stance === 'denied') return 'denies';
  return p.conditional || p.conditions.some((c) => c.kind === 'app-version') ? 'may-collect' : 'collects';
}
