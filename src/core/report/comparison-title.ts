import type { Comparison } from '../compare/compare';

/** "US, EEA, ROW (TikTok)" — the regions and the service, when known. */
export function comparisonTitle(c: Pick<Comparison, 'regions'>, service?: string): string {
  return `${c.regions.join(', ')}${service ? ` (${service})` : ''}`;
}
