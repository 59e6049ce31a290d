import type { AnalysisDigest, TabState } from '../platform/messages';
import { keepNewest } from '../platform/storage-keys';

/** Most tabs a browser keeps states for: old entries go first, so session storage cannot grow without end. */
export const MAX_TABS = 500;

export function recordVerdict(all: Record<string, TabState>, tabId: number, state: TabState): Record<string, TabState> {
  return keepNewest({ ...all, [String(tabId)]: state }, MAX_TABS, (s) => s.checkedAt);
}

export function forgetTab(all: Record<string, TabState>, tabId: number): Record<string, TabState> {
  if (!(String(tabId) in all)) return all;
  const next = { ...all };
  delete next[String(tabId)];
  return next;
}

/** Attaches an analysis to the tab's state, if the tab still shows the page that was analysed. */
export function withAnalysis(all: Record<string, TabState>, tabId: number, url: string, analysis: AnalysisDigest): Record<string, TabState> {
  const current = all[String(tabId)];
  if (!current || current.url !== url) return all;
  return { ...all, [String(tabId)]: { ...current, analysis } };
}
