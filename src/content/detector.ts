import { detectPage } from '../core/detect/detect';
import type { Verdict } from '../core/detect/types';
import { collectSignalsSliced } from '../dom/signals';
import { watchUntilSettled } from '../dom/watch';

export interface DetectorDeps {
  doc: Document;
  win: Window;
  report: (url: string, verdict: Verdict) => void;
  signal: AbortSignal;
}

/**
 * Detects the page now, again when content arrives late, and again after history navigation in a
 * single-page app. Reports only when the verdict changes, so a chatty page does not flood the background.
 * Signals are gathered in slices, so detection never holds the page's main thread for long.
 */
export function startDetector({ doc, win, report, signal }: DetectorDeps): void {
  let last = '';
  let stopWatch: (() => void) | undefined;
  let checking: Promise<void> | undefined;
  let again = false;

  const checkOnce = async () => {
    const url = win.location.href;
    const verdict = detectPage(await collectSignalsSliced(doc, url, { signal }));
    const key = `${url}|${verdict.kind}|${verdict.score}`;
    if (key === last || signal.aborted) return;
    last = key;
    report(url, verdict);
  };
  const check = () => {
    if (checking) {
      again = true;
      return;
    }
    checking = checkOnce()
      .catch(() => undefined)
      .finally(() => {
        checking = undefined;
        if (again) {
          again = false;
          check();
        }
      });
  };

  const watch = () => {
    stopWatch?.();
    if (!doc.body) return;
    stopWatch = watchUntilSettled({ root: doc.body, onSettled: check, signal });
  };

  check();
  watch();

  // History navigation: the Navigation API where there is one, popstate and a URL check elsewhere.
  let lastUrl = win.location.href;
  const onUrlMaybeChanged = () => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    check();
    watch();
  };
  win.addEventListener('popstate', onUrlMaybeChanged, { signal });
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onUrlMaybeChanged, { signal });
  // pushState fires no event in the isolated world without the Navigation API: a cheap poll covers it.
  const poll = win.setInterval(onUrlMaybeChanged, 1000);
  signal.addEventListener('abort', () => win.clearInterval(poll), { once: true });
}
