import type { AnalysisDigest, TabState } from '../platform/messages';
import { keepNewest } from '../platform/storage-keys';

/** Most tabs a browser keeps states for: old entries go first, so session storage cannot grow without end. */
export const MAX_TABS = 500;

/**
 * A verdict from the tab's document. From the document that reported before (a fragment link or `pushState`
 * in the same page, same kind of verdict) the analysis and its history news are kept; from any other document
 * (a reload, a navigation, even to the same address) the state starts afresh. Either way the tab has settled.
 */
export function recordVerdict(all: Record<string, TabState>, tabId: number, state: TabState): Record<string, TabState> {
  const previous = all[String(tabId)];
  const sameDocument =
    previous?.documentId !== undefined &&
    previous.documentId === state.documentId &&
    previous.verdict.kind === state.verdict.kind;
  const kept: Partial<TabState> = {};
  if (sameDocument) {
    if (previous.analysis) kept.analysis = previous.analysis;
    if (previous.history) kept.history = previous.history;
    if (previous.historyRecordedAt) kept.historyRecordedAt = previous.historyRecordedAt;
  }
  const next: TabState = { ...state, ...kept };
  delete next.navigating;
  return keepNewest({ ...all, [String(tabId)]: next }, MAX_TABS, (s) => s.checkedAt);
}

export function forgetTab(all: Record<string, TabState>, tabId: number): Record<string, TabState> {
  if (!(String(tabId) in all)) return all;
  const next = { ...all };
  delete next[String(tabId)];
  return next;
}

/** The tab started loading (tabs.onUpdated `status: 'loading'`): its state no longer answers for it. */
export function markNavigating(all: Record<string, TabState>, tabId: number): Record<string, TabState> {
  const current = all[String(tabId)];
  if (!current || current.navigating) return all;
  return { ...all, [String(tabId)]: { ...current, navigating: true } };
}

/** The document that reported is still the tab's (a navigation within it): its state answers again. */
export function settled(all: Record<string, TabState>, tabId: number, documentId: string): Record<string, TabState> {
  const current = all[String(tabId)];
  if (!current?.navigating || current.documentId !== documentId) return all;
  const next = { ...current };
  delete next.navigating;
  return { ...all, [String(tabId)]: next };
}

/**
 * Attaches an analysis to the tab's state, if the tab still shows the page that was analysed: the same address
 * and, where the browser names documents, the same document (an analysis of the page before a reload that
 * arrives after it is dropped).
 */
export function withAnalysis(
  all: Record<string, TabState>,
  tabId: number,
  url: string,
  analysis: AnalysisDigest,
  documentId?: string,
): Record<string, TabState> {
  const current = all[String(tabId)];
  if (!current || current.url !== url) return all;
  if (current.documentId !== undefined && documentId !== undefined && current.documentId !== documentId) return all;
  return { ...all, [String(tabId)]: { ...current, analysis } };
}

/**
 * The tab finished loading a document other than the one that reported (the reporter no longer answers): a page
 * the script on every page dismissed reports nothing (issue 13), so the state of the page before it, a policy
 * perhaps, must go rather than wait for a verdict that never comes. Only the state that was checked goes: a
 * verdict of the new document that arrived meanwhile has cleared `navigating` and stays.
 */
export function forgetIfStill(all: Record<string, TabState>, tabId: number, checked: TabState): Record<string, TabState> {
  const current = all[String(tabId)];
  if (!current?.navigating || current.checkedAt !== checked.checkedAt || current.documentId !== checked.documentId) return all;
  return forgetTab(all, tabId);
}
