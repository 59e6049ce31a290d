// The script injected into every page. Nearly every page is not a policy, so this does the least that tells:
// the cheap stages of detection (address, title, first heading, `link rel`, then a text sample), one message
// with the verdict, and listeners for the popup and for history navigation. The rest (the full detector, the
// watch for late content, the findings) is the page controller, `page-main.js`, loaded only on a page the cheap
// stages cannot dismiss, a page whose text has not arrived, a history navigation, or a message from the popup.
import { decideQuickly } from '../core/detect/quick';
import { quickSample, quickSignals, THIN_SAMPLE_CHARS } from '../dom/quick-signals';
import { onUrlChange } from '../dom/url-change';
import { listenForTab, sendFromContent } from '../platform/content-api';
import { importExtensionModule } from '../platform/lazy';
import { isEnvelope } from '../platform/messages';
import { fail } from '../platform/result';
import { TAB_MESSAGES } from './tab-messages';

type MainModule = typeof import('./page-main');

const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });

let main: Promise<MainModule> | undefined;
const loadMain = () =>
  (main ??= importExtensionModule<MainModule>('page-main.js').then((m) => {
    m.attach(lifetime);
    return m;
  }));

/**
 * From here on the controller detects, watches for content and follows navigation; this script only listens.
 * A flag rather than a second AbortController joined by `AbortSignal.any`: each interface's first use in this
 * fresh script world costs (two controllers and `any` ~0.2 ms of the page's script time, measured in
 * cost.spec.ts's way), and a URL listener left after the hand-over only returns.
 */
let handedOver = false;
function handOver(): void {
  if (handedOver) return;
  handedOver = true;
  void loadMain().then((m) => m.start());
}

listenForTab((message, _sender, sendResponse) => {
  if (!isEnvelope(message) || !(TAB_MESSAGES as readonly string[]).includes(message.name)) return false;
  void loadMain().then(
    (m) => m.respond(message, sendResponse),
    (e: unknown) => sendResponse(JSON.stringify(fail(e))),
  );
  return true;
}, lifetime.signal);

const url = location.href;
let sample: string | undefined;
const quick = decideQuickly(quickSignals(document, url), () => (sample = quickSample(document)));
if (quick === 'open' || sample === undefined || sample.length < THIN_SAMPLE_CHARS) handOver();
else {
  void sendFromContent('content/verdict', { url, verdict: quick }).then((result) => {
    if (!result.ok && /context invalidated|receiving end/i.test(result.error)) lifetime.abort();
  });
  onUrlChange(window, handOver, lifetime.signal);
}
