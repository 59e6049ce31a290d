// The lazy part of the content script: loaded only on pages detected as privacy policies (or on request). It
// extracts the page's text, has the background analyse it (off this page's main thread), and shows the findings.
import { pageHighlightApi } from '../dom/highlight';
import { yieldToPage } from '../dom/walk';
import { panelCollapsed, sendPolicyText, setPanelCollapsed, t } from '../platform/content-api';
import { startFindings, type FindingsController } from './page/findings';

export function startPage({ doc, win, signal }: { doc: Document; win: Window; signal: AbortSignal }): FindingsController {
  const origin = win.location.origin;
  const highlights = pageHighlightApi(win);
  return startFindings({
    doc,
    win,
    signal,
    t,
    ...(highlights ? { highlights } : {}),
    analyze: (policyText) => sendPolicyText(win.location.href, policyText, yieldToPage),
    collapsed: { get: () => panelCollapsed(origin), set: (c) => setPanelCollapsed(origin, c) },
  });
}
