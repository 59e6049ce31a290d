import { attributes } from './dom';
import { expect, test } from './harness';

test.describe('Firefox: detection', () => {
  test('a privacy policy gets the badge, and the background keeps its verdict', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.expectBadge(page, 'PP');
    const state = await ext.tabState(page);
    expect(state?.verdict.kind).toBe('privacy-policy');
    expect(state?.verdict.reasons.length).toBeGreaterThan(0);
  });

  test('a news article about a privacy policy is left alone: no badge, no panel, no highlights, no analysis', async ({ ext }) => {
    const page = await ext.open('/news/policy-change.html');
    // The popup asks the tab: the content script ran there and said "not a policy".
    const popup = await ext.openPopup(page);
    await expect.poll(() => attributes(popup, '.verdict', 'data-kind')).toEqual(['not-policy']);
    // Give a late re-check and a late analysis the time they would take on a policy.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
    expect(await ext.hasPanel(page)).toBe(false);
    expect((await ext.highlights(page)).ranges).toBe(0);
    expect((await ext.tabState(page))?.analysis).toBeUndefined();
  });

  test('a long article the script on every page dismisses reports nothing; the popup wakes it and says why', async ({ ext }) => {
    const page = await ext.open('/news/riverside-path.html');
    // Long enough for a report to have arrived, had the script sent one.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ext.tabState(page)).toBeNull();
    const popup = await ext.openPopup(page);
    await expect.poll(() => attributes(popup, '.verdict', 'data-kind'), { timeout: 15_000 }).toEqual(['not-policy']);
    expect((await ext.tabState(page))?.verdict.reasons.join(' ')).toMatch(/nothing in its address, title/);
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
  });

  // Firefox ESR has no Navigation API: a dismissed page follows back/forward and the reader's own click or Enter
  // (dom/url-change.ts, onReaderNavigation), with no poll.
  test('a dismissed article follows the reader’s click on a link its own script routes to its policy', async ({ ext }) => {
    const page = await ext.open('/news/riverside-path.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ext.tabState(page)).toBeNull();
    await page.evaluate(async () => {
      const policy = '/legal/privacy-policy-us';
      const doc = new DOMParser().parseFromString(await (await fetch(policy)).text(), 'text/html');
      const link = Object.assign(document.createElement('a'), { href: policy, id: 'spa-link', textContent: 'Privacy' });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        setTimeout(() => {
          history.pushState({}, '', policy);
          document.title = doc.title;
          document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
        }, 50);
      });
      document.body.prepend(link);
    });
    await page.click('#spa-link');
    await ext.expectBadge(page, 'PP');
  });

  // Issue 12, item 3 in Firefox: markup that shadows `browser` and `chrome` (added as the page parses, after the
  // document_start script) does not switch the extension off.
  test('a policy whose markup shadows `browser` and `chrome` with forms is still detected', async ({ ext, firefox, site }) => {
    const page = await firefox.newPage();
    await page.evaluateOnNewDocument(() => {
      const plant = () => {
        for (const id of ['browser', 'chrome']) {
          const form = Object.assign(document.createElement('form'), { id });
          form.append(Object.assign(document.createElement('input'), { name: 'runtime' }));
          document.body.prepend(form);
        }
      };
      if (document.body) plant();
      else document.addEventListener('DOMContentLoaded', plant, { once: true });
    });
    await page.goto(site.origin + '/legal/privacy-policy-us', { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { chrome?: Element }).chrome?.tagName)).toBe('FORM');
    await ext.expectBadge(page, 'PP');
  });
});
