// The script injected into every page. Nearly every page is not a policy, so this does the least that tells:
// the cheap stages of detection (address, title, first heading, `link rel`, then a text sample). A page they
// dismiss is left alone: no message, no listener for the popup, no use of the extension's API at all (its first
// touch alone costs the page more than the stages, see cost.spec.ts), only a listener for history navigation and
// a function the popup can wake (`content/wake.ts`). Any other page, a history navigation or a wake hands over to
// the page controller, `page-main.js`, which detects fully, reports the verdict and answers the popup.
import { decideQuickly } from '../core/detect/quick';
import { quickSample, quickSignals, THIN_SAMPLE_CHARS } from '../dom/quick-signals';
import { onUrlChange } from '../dom/url-change';
import { listenForTab } from '../platform/content-api';
import { importExtensionModule } from '../platform/lazy';
import { isEnvelope } from '../platform/messages';
import { fail } from '../platform/result';
import { TAB_MESSAGES } from './tab-messages';
import { claimWake } from '../platform/wake';

type MainModule = typeof import('./page-main');

let pageLifetime: AbortController | undefined;
/** The page's lifetime: ends on pagehide (or when the controller finds the extension gone). */
function lifetime(): AbortController {
  if (!pageLifetime) {
    const controller = (pageLifetime = new AbortController());
    addEventListener('pagehide', () => controller.abort(), { once: true });
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
  // location.href rather than document.URL (~0.15 ms cheaper here): `<img name="URL">` shadows the latter.
  const url = location.href;
  let sample: string | undefined;
  const quick = decideQuickly(quickSignals(document, url), () => (sample = quickSample(document)));
  if (quick === 'open' || sample === undefined || sample.length < THIN_SAMPLE_CHARS) handOver();
  else onUrlChange(window, handOver, lifetime().signal);
}
