// The lazy part of the content script: loaded only on detected policies (or on request). It extracts the
// page's text, has the background analyse it (off this page's main thread), and shows the findings.
import { pageHighlightApi } from '../dom/highlight';
import { documentRegions } from '../core/regions/in-page';
import { extractPolicyTextSliced } from '../dom/extract';
import { pageLinks } from '../dom/links';
import { yieldToPage } from '../dom/walk';
import {
  changeAnnotations,
  creatorName,
  listenInContent,
  loadAnnotations,
  noteFormUrl,
  onAnnotationsChanged,
  panelCollapsed,
  panelSide,
  sendFromContent,
  sendPolicyText,
  setPanelCollapsed,
  setPanelSide,
  t,
} from '../platform/content-api';
import { startFindings, type FindingsController } from './page/findings';
import { noteFrame } from './page/note-frame';
import { HISTORY_BANNER_CSS, renderHistoryBanner } from './page/history-banner';

export function startPage({ doc, win, signal }: { doc: Document; win: Window; signal: AbortSignal }): FindingsController {
  const origin = win.location.origin;
  const highlights = pageHighlightApi(win);
  const findings = startFindings({
    doc,
    win,
    signal,
    t,
    ...(highlights ? { highlights } : {}),
    analyze: (policyText, cutAt) => sendPolicyText(win.location.href, policyText, yieldToPage, cutAt),
    collapsed: { get: () => panelCollapsed(origin), set: (c) => setPanelCollapsed(origin, c) },
    side: { get: () => panelSide(origin), set: (side) => setPanelSide(origin, side) },
    creatorName,
    notes: {
      load: () => loadAnnotations(win.location.href),
      change: (change) => changeAnnotations(win.location.href, change),
      watch: onAnnotationsChanged,
      frame: noteFrame({ doc, t, formUrl: noteFormUrl, signal }),
    },
    historyBanner: (news) => ({
      node: renderHistoryBanner(
        doc,
        t,
        news,
        () =>
          void sendFromContent('history/open-then-now', {
            documentKey: news.documentKey,
            thenAt: news.thenAt,
            nowAt: news.nowAt,
          }),
        signal,
      ),
      css: HISTORY_BANNER_CSS,
    }),
  });
  // "Changed since you last read it" arrives after the findings: the background records the visit once it has
  // answered.
  // The framed note form asks what it is for (through the background, with its token).
  listenInContent(
    {
      'tab/history': ({ news }) => findings.showHistory(news).then(() => null),
      'tab/note-form-init': ({ token }) => findings.noteFormInit(token),
    },
    signal,
  );
  return findings;
}

/** What the popup needs to find this page's regional versions: its links and its own regional parts. */
export async function pageVariants({ doc, win, signal }: { doc: Document; win: Window; signal: AbortSignal }) {
  const { policyText } = await extractPolicyTextSliced(doc.body ?? doc.documentElement, { signal });
  return {
    url: win.location.href,
    links: pageLinks(doc, win.location.href),
    inPage: documentRegions(policyText).map((p) => ({ region: p.region, label: p.label })),
  };
}
