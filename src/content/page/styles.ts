/**
 * Adds a stylesheet to a document or shadow root: a constructed sheet where the browser allows it (it is not
 * subject to the page's `style-src` CSP), a <style> element otherwise.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string, signal: AbortSignal): void {
  const doc = target instanceof Document ? target : target.ownerDocument;
  try {
    const Sheet = (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    signal.addEventListener('abort', () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (target instanceof Document ? (doc.head ?? doc.documentElement) : target).append(style);
    signal.addEventListener('abort', () => style.remove());
  }
}
