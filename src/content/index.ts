// The script injected into every page. Nearly every page is not a policy, so this does the least that tells:
// the cheap stages of detection (address and title first, which dismiss a page whose title names it as
// something else; then first heading, `link rel` and a text sample). A page they
// dismiss is left alone: no message, no listener for the popup, no use of the extension's API at all (its first
// touch alone costs the page more than the stages, see cost.spec.ts), only listeners on `window` for history
// navigation by back/forward or by the reader's own click or Enter, and a function the popup can wake
// (`platform/wake.ts`). Any other page, a history navigation or a wake hands over to
// the page controller, `page-main.js`, which detects fully, reports the verdict and answers the popup.
import { dismissedByName, quickOpens, type QuickStems } from '../core/detect/quick-verdict';
import { sameDocument } from '../core/url/same-document';
import { partsThroughPrototype, THIN_SAMPLE_CHARS, titleAndAddress } from '../dom/quick-signals';
import { onReaderNavigation } from '../dom/url-change';
import { listenForTab } from '../platform/content-api';
import { importExtensionModule } from '../platform/lazy';
import { isEnvelope } from '../platform/messages';
import { fail } from '../platform/result';
import { TAB_MESSAGES } from './tab-messages';
import { claimWake } from '../platform/wake';

type MainModule = typeof import('./page-main');

/** The hint tables' stems, flat: a literal put in at build time (vite.config.ts), no table to flatten per page. */
declare const __QUICK_STEMS__: QuickStems;
/** Once: `define` puts the literal in wherever the name stands. */
const STEMS = __QUICK_STEMS__;

/** The page's lifetime: from the hand-over until pagehide (or until the controller finds the extension gone). */
let pageLifetime: AbortController | undefined;

let main: Promise<MainModule> | undefined;
const loadMain = () => (main ??= importExtensionModule<MainModule>('page-main.js'));

/**
 * From here on the controller detects, watches for content, follows navigation and reports; this script only
 * listens for the popup's messages. Once per lifetime, whatever asked first: the stages, a history navigation, or
 * the popup's wake. A flag rather than a second AbortController joined by `AbortSignal.any`: each interface's
 * first use in this fresh script world costs (~0.2 ms, measured in cost.spec.ts's way), and a URL listener left
 * after the hand-over only returns. A dismissed page makes no AbortController at all: it has nothing to end.
 */
let handedOver = false;
function handOver(): void {
  if (handedOver) return;
  if (!pageLifetime) addEventListener('pageshow', rearm);
  handedOver = true;
  const life = (pageLifetime = new AbortController());
  addEventListener('pagehide', () => life.abort(), { once: true });
  listenForTab((message, _sender, sendResponse) => {
    if (!isEnvelope(message) || !(TAB_MESSAGES as readonly string[]).includes(message.name)) return false;
    void loadMain().then(
      (m) => m.respond(message, sendResponse),
      (e: unknown) => sendResponse(JSON.stringify(fail(e))),
    );
    return true;
  }, life.signal);
  void loadMain().then((m) => m.start(life));
}

/**
 * Restored from the back/forward cache: pagehide ended the lifetime (a page in that cache answers nobody, and the
 * background forgot this document when the tab left it), so a new one starts: it listens for the popup again and
 * the controller detects and reports afresh.
 */
function rearm(event: Event): void {
  if (!(event as PageTransitionEvent).persisted || !pageLifetime?.signal.aborted) return;
  handedOver = false;
  try {
    handOver();
  } catch {
    // The extension was reloaded or removed while the page was away: nothing to answer for.
  }
}

/**
 * Once per page: the popup may inject this script into a page where it already runs (or is about to, at
 * document_idle), and two copies would detect, listen and report twice.
 */
if (claimWake(globalThis, handOver)) {
  const named = titleAndAddress(document);
  // Stage 1: a page whose title names it as something else, at an address that says nothing, is left alone before
  // any element is read (namedOtherwise in core/detect/quick.ts says what that gives up).
  if (named && dismissedByName(named[1], named[0], STEMS)) onReaderNavigation(window, handOver, named[1]);
  else {
    const read = named && partsThroughPrototype(document);
    if (
      !named ||
      !read ||
      read[2].length < THIN_SAMPLE_CHARS ||
      quickOpens(
        { url: named[1], heading: read[0], relSelf: read[1] !== null && sameDocument(read[1], named[1]), sample: read[2], title: named[0] },
        STEMS,
      )
    ) {
      handOver();
    }
    // Dismissed: only back/forward and the reader's own navigation are followed, for as long as the page lives
    // (back/forward cache included); see onReaderNavigation for what that leaves to the popup's wake.
    else onReaderNavigation(window, handOver, named[1]);
  }
}
