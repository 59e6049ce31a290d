/**
 * Calls `onChange` when the page's address changes without a new document: history navigation in a single-page
 * app. The Navigation API where there is one, popstate and a URL check elsewhere; until `signal` aborts, or without
 * one for as long as the document lives (the script on every page, whose dismissed pages make no AbortController:
 * its first use costs there, cost.spec.ts).
 */
export function onUrlChange(win: Window, onChange: () => void, signal?: AbortSignal): void {
  let lastUrl = win.location.href;
  const check = () => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    onChange();
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  // The Navigation API reports every same-document navigation, back and forward too: popstate would only add a
  // listener (and its first use in the script's world, ~0.1 ms on every page) for what it already reports.
  if (nav) nav.addEventListener('navigatesuccess', check, signal && { signal });
  else {
    win.addEventListener('popstate', check, signal && { signal });
    // pushState fires no event in the isolated world without the Navigation API: a poll covers it there. Only
    // there: each tick enters the extension's world, which on every page adds up (issue 13).
    const poll = win.setInterval(check, 1000);
    signal?.addEventListener('abort', () => win.clearInterval(poll), { once: true });
  }
}
