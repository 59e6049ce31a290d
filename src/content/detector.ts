import { decideQuickly } from '../core/detect/quick';
import type { Judgement } from '../core/detect/types';
import { quickRead } from '../dom/quick-signals';
import { onUrlChange } from '../dom/url-change';
import { watchUntilSettled } from '../dom/watch';

export interface DetectorDeps {
  doc: Document;
  win: Window;
  report: (url: string, verdict: Judgement) => void;
  /** The full detector (a lazy module), for pages the cheap stages leave open. */
  detectFully: (url: string) => Promise<Judgement>;
  signal: AbortSignal;
}

/**
 * Detects the page now, again when content arrives late, and again after history navigation in a
 * single-page app. Reports only when the verdict changes, so a chatty page does not flood the background.
 * Cheapest first: the address, title, first headings and a short text sample dismiss most pages in well under
 * a millisecond; only a page they hint at is read in full, in slices, by the lazy detector.
 */
export function startDetector({ doc, win, report, detectFully, signal }: DetectorDeps): void {
  let last = '';
  let stopWatch: (() => void) | undefined;
  let checking: Promise<void> | undefined;
  let again = false;

  const checkOnce = async () => {
    const url = win.location.href;
    const { signals, sample } = quickRead(doc, url);
    const quick = decideQuickly(signals, () => sample);
    const verdict = quick === 'open' ? await detectFully(url) : quick;
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

  onUrlChange(
    win,
    () => {
      check();
      watch();
    },
    signal,
  );
}
