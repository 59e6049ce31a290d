// The script injected into every page. Nearly every page is not a policy, so this does the least that tells:
// the cheap stages of detection (address, title, first heading, `link rel`, then a text sample). A page they
// dismiss is left alone: no message, no listener for the popup, no use of the extension's API at all (its first
// touch alone costs the page more than the stages, see cost.spec.ts), only a listener for history navigation and
// a function the popup can wake (`content/wake.ts`). Any other page, a history navigation or a wake hands over to
// the page controller, `page-main.js`, which detects fully, reports the verdict and answers the popup.
import { decideQuickly } from '../core/detect/quick';
import { quickRead, THIN_SAMPLE_CHARS } from '../dom/quick-signals';
import { onUrlChange } from '../dom/url-change';
import { listenForTab } from '../platform/content-api';
import { importExtensionModule } from '../platform/lazy';
import { isEnvelope } from '../platform/messages';
import { fail } from '../platform/result';
import { TAB_MESSAGES } from './tab-messages';
import { claimWake } from '../platform/wake';

type MainModule = typeof import('./page-main');

let pageLifetime: AbortController | undefined;
/**
 * The page's lifetime, made at the hand-over (a dismissed page makes none): ends when the page is left for good
 * (or when the controller finds the extension gone). Not on a pagehide that keeps the page in the back/forward
 * cache: restored, it must still answer the popup and report again (detector.ts), and an evicted page goes whole.
 */
function lifetime(): AbortController {
  if (!pageLifetime) {
    const controller = (pageLifetime = new AbortController());
    addEventListener('pagehide', (e) => {
      if (!(e as PageTransitionEvent).persisted) controller.abort();
    });
  }
  return pageLifetime;
}

let main: Promise<MainModule> | undefined;
const loadMain = () =>
  (main ??= importExtensionModule<MainModule>('page-main.js').then((m) => {
    m.attach(lifetime());
    return m;
  }));

/**
 * From here on the controller detects, watches for content, follows navigation and reports; this script only
 * listens for the popup's messages. Once, whatever asked first: the stages, a history navigation, or the popup's
 * wake. A flag rather than a second AbortController joined by `AbortSignal.any`: each interface's first use in
 * this fresh script world costs (~0.2 ms, measured in cost.spec.ts's way), and a URL listener left after the
 * hand-over only returns.
 */
let handedOver = false;
function handOver(): void {
  if (handedOver) return;
  handedOver = true;
  listenForTab((message, _sender, sendResponse) => {
    if (!isEnvelope(message) || !(TAB_MESSAGES as readonly string[]).includes(message.name)) return false;
    void loadMain().then(
      (m) => m.respond(message, sendResponse),
      (e: unknown) => sendResponse(JSON.stringify(fail(e))),
    );
    return true;
  }, lifetime().signal);
  void loadMain().then((m) => m.start());
}

/**
 * Once per page: the popup may inject this script into a page where it already runs (or is about to, at
 * document_idle), and two copies would detect, listen and report twice.
 */
if (claimWake(globalThis, handOver)) {
  // location.href rather than document.URL: `<img name="URL">` shadows the latter.
  const url = location.href;
  const { signals, sample } = quickRead(document, url);
  if (decideQuickly(signals, () => sample) === 'open' || sample.length < THIN_SAMPLE_CHARS) handOver();
  // Dismissed: only history navigation is followed, for as long as the page lives (back/forward cache included).
  else onUrlChange(window, handOver);
}
