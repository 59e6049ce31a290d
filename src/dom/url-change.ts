/**
 * Calls `onChange` when the page's address changes without a new document: history navigation in a single-page
 * app. The Navigation API where there is one, popstate and a URL check elsewhere, until `signal` aborts. What the
 * page controller uses on pages handed over to it.
 */
export function onUrlChange(win: Window, onChange: () => void, signal: AbortSignal): void {
  let lastUrl = win.location.href;
  const check = () => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    onChange();
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  // The Navigation API reports every same-document navigation, back and forward too: popstate would only add a
  // listener for what it already reports.
  if (nav) nav.addEventListener('navigatesuccess', check, { signal });
  else {
    win.addEventListener('popstate', check, { signal });
    // pushState fires no event in the isolated world without the Navigation API: a poll covers it there.
    const poll = win.setInterval(check, 1000);
    signal.addEventListener('abort', () => win.clearInterval(poll), { once: true });
  }
}

/** After a reader's click or Enter, when the address is checked: the page's router may take a moment. */
export const AFTER_ACTION_MS = [0, 300, 1500] as const;

/**
 * The cheaper following of the script on every page, for a page it dismissed, for as long as the document lives:
 * back and forward (`popstate`), and the reader's own actions (a click, or Enter, seen in the capture phase on
 * `window`), after which the address is checked at AFTER_ACTION_MS. No Navigation API and no poll: the first
 * touch of `navigation` and its listener cost ~0.2 ms of script time on every page (scratch timing of alternating
 * builds, cost.spec.ts's probes), while listeners on `window`, whose interfaces exist already, cost almost nothing;
 * a poll enters the extension's world every second on every page. The trade: a page that changes its address by
 * script with no action of the reader (a redirect by timer, say) is not followed here; the popup's wake still
 * covers it, and a page handed over to the controller is followed by `onUrlChange`. `url` is the address the
 * page has now, when the caller already read it (the script on every page reads the document's `URL`, so that
 * `location` is first touched only after the reader acts).
 */
export function onReaderNavigation(win: Window, onChange: () => void, url: string = win.location.href): void {
  let lastUrl = url;
  const check = () => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    onChange();
  };
  const afterAction = () => {
    for (const ms of AFTER_ACTION_MS) win.setTimeout(check, ms);
  };
  win.addEventListener('popstate', check);
  win.addEventListener('click', afterAction, true);
  win.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && afterAction(), true);
}
