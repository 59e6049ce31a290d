/**
 * Reaching into the findings panel's closed shadow root in Firefox: `scripting.executeScript` (called from an
 * extension page) runs a function in the page's content-script world, where Firefox offers
 * `element.openOrClosedShadowRoot`. The page itself cannot see into the panel, and neither can BiDi.
 */
import type { Page } from 'puppeteer-core';

export interface PanelProbe {
  /** Runs `body` (a function body with `root`, the panel's shadow root, in scope; may `await`) in the content world. */
  evaluate<T>(body: string): Promise<T>;
  /** Text of the elements matching `selector` inside the panel. */
  texts(selector: string): Promise<string[]>;
  /** Whether the first element matching `selector` inside the panel is hidden (or missing). */
  hidden(selector: string): Promise<boolean>;
  /** A trusted mouse click (BiDi input) at the centre of the first element matching `selector` inside the panel. */
  click(selector: string): Promise<void>;
}

/** Evaluates a script in an open extension page, where `browser.*` extension APIs are in scope. */
export type ExtensionEval = <T>(body: string) => Promise<T>;

/**
 * The function is written out as source text: `executeScript` sends `func` by its source anyway, and an
 * extension page's CSP forbids building one with `new Function`. Errors come back as values, because Firefox
 * reports a thrown error from `executeScript` as an empty object.
 */
function inContentWorld(tabId: number, body: string): string {
  return `
    const [first] = await browser.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: async () => {
        try {
          const host = document.querySelector('policy-lens-panel');
          if (!host) throw new Error('no panel in the page');
          const root = host.openOrClosedShadowRoot;
          if (!root) throw new Error('no shadow root on the panel host');
          return { ok: true, value: await (async () => { ${body} })() };
        } catch (e) {
          return { ok: false, error: String(e && e.stack ? e.message + '\\n' + e.stack : e) };
        }
      },
    });
    if (!first || !first.result) throw new Error('executeScript returned nothing: ' + JSON.stringify(first));
    if (!first.result.ok) throw new Error('in the content world: ' + first.result.error);
    return first.result.value;`;
}

export function panelProbe(page: Page, tabId: number, api: ExtensionEval): PanelProbe {
  const evaluate = <T>(body: string) => api<T>(inContentWorld(tabId, body));
  return {
    evaluate,
    texts: (selector) => evaluate(`return [...root.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.trim());`),
    hidden: (selector) => evaluate(`const e = root.querySelector(${JSON.stringify(selector)}); return !e || e.hidden;`),
    async click(selector) {
      const rect = await evaluate<{ x: number; y: number } | null>(
        `const e = root.querySelector(${JSON.stringify(selector)}); if (!e) return null;
         e.scrollIntoView({ block: 'nearest' }); const r = e.getBoundingClientRect();
         return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`,
      );
      if (!rect) throw new Error(`nothing matches ${selector} in the panel`);
      await page.bringToFront();
      await page.mouse.click(rect.x, rect.y);
    },
  };
}
