/**
 * Reading and clicking ordinary pages (the popup, the fixture site) through puppeteer-core. Scripts are strings:
 * a function from a TypeScript file could carry a transpiler's helper calls into the page.
 */
import type { Page } from 'puppeteer-core';

/** Trimmed text of every element matching `selector`. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.trim())`) as Promise<string[]>;
}

/** An attribute of every element matching `selector`. */
export function attributes(page: Page, selector: string, name: string): Promise<(string | null)[]> {
  return page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(name)}))`) as Promise<
    (string | null)[]
  >;
}

/** A trusted click (BiDi input) on the button whose text is exactly `name`, once it is visible. */
export async function clickButton(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  const button = await page.waitForSelector(`button::-p-text(${name})`, { visible: true });
  if (!button) throw new Error(`no button "${name}"`);
  await button.click();
}
