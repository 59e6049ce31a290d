import type { Page } from '@playwright/test';

/**
 * Selects the first occurrence of `text` in the page as a reader would with the mouse. `release` dispatches the
 * mouse-up that makes the panel offer "Annotate" (off for a keyboard-shortcut flow); `scroll` brings it into view.
 */
export async function selectText(page: Page, text: string, options: { release?: boolean; scroll?: boolean } = {}): Promise<void> {
  const { release = true, scroll = false } = options;
  await page.evaluate(
    ([needle, up, into]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        if (into) (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        if (up) document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`no text "${needle}"`);
    },
    [text, release, scroll] as const,
  );
}
