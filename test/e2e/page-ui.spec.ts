import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/**
 * Our highlights as `policy-lens-<name>`: their real names carry a random prefix per page load (see
 * categories.ts), which a page, like this test, can only learn by listing `CSS.highlights`.
 */
const highlightNames = (page: Page) =>
  page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]
      .filter((k) => /^h[0-9a-f]{16}-/.test(k))
      .map((k) => `policy-lens-${k.slice(18)}`)
      .sort(),
  );

/** The text of every range of a registered highlight (the registry is shared with the page's main world). */
const highlightTexts = (page: Page, name: string) =>
  page.evaluate((n) => {
    const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const key = [...all.keys()].find((k) => /^h[0-9a-f]{16}-/.test(k) && `policy-lens-${k.slice(18)}` === n);
    const h = key ? all.get(key) : undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);

test.describe('highlights and the findings panel', () => {
  test('each category gets its own highlight, affirmed and denied in different shades', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    await expect.poll(() => highlightNames(page)).toEqual(
      expect.arrayContaining([
        'policy-lens-face-affirmed',
        'policy-lens-voice-affirmed',
        'policy-lens-biometric-affirmed',
        'policy-lens-location-precise-affirmed',
        'policy-lens-location-precise-denied',
        'policy-lens-location-approximate-affirmed',
        'policy-lens-passage',
      ]),
    );
    expect(await highlightTexts(page, 'policy-lens-face-affirmed')).toEqual(expect.arrayContaining(['faceprints']));
    expect(await highlightTexts(page, 'policy-lens-voice-affirmed')).toEqual(expect.arrayContaining(['voiceprints']));
    const colours = await page.evaluate(() => {
      const p = document.querySelector('p')!;
      // The real names carry the random prefix of this page load: found by listing CSS.highlights.
      const real = (name: string) => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].find((k) => k.endsWith(name.slice('policy-lens'.length)))!;
      const bg = (name: string) => getComputedStyle(p, `::highlight(${real(name)})`).backgroundColor;
      return {
        faceAffirmed: bg('policy-lens-face-affirmed'),
        voiceAffirmed: bg('policy-lens-voice-affirmed'),
        preciseAffirmed: bg('policy-lens-location-precise-affirmed'),
        preciseDenied: bg('policy-lens-location-precise-denied'),
      };
    });
    expect(new Set(Object.values(colours)).size).toBe(4);
    for (const c of Object.values(colours)) expect(c).toMatch(/^rgba\(/);
    // A fixed name styles nothing: a page cannot probe for the extension that way.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('p')!, '::highlight(policy-lens-face-affirmed)').backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  });

  test('the panel lists the findings by type with chips, and a click goes to the passage', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    const state = await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item')).toHaveLength(state.analysis!.practiceCount);
    const groups = await panel.texts('.group-title');
    expect(groups[0]).toMatch(/^Face/);
    expect(groups.join('|')).toMatch(/Voice.*Other biometrics.*Precise location.*Approximate location/);
    const faceItems = await panel.evaluate<string[]>(`return [...root.querySelectorAll('.group')][0].querySelectorAll('.item').length ? [...[...root.querySelectorAll('.group')][0].querySelectorAll('.item')].map((b) => b.textContent) : [];`);
    expect(faceItems.join('\n')).toMatch(/faceprints/);
    expect(faceItems.join('\n')).toMatch(/identifier/);
    console.log(`page screenshot: ${await ext.screenshot(page, 'page-with-panel')}`);

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const target = await panel.evaluate<number>(
      `const items = [...root.querySelectorAll('.item')]; const i = items.findIndex((b) => /Biometric identifiers are destroyed|keystroke/.test(b.textContent)); return i;`,
    );
    expect(target).toBeGreaterThanOrEqual(0);
    await panel.click(`.item[data-index]:nth-of-type(1)`);
    await panel.evaluate(`[...root.querySelectorAll('.item')][${target}].click(); return true;`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await highlightNames(page)).toContain('policy-lens-flash');
    const flashed = await highlightTexts(page, 'policy-lens-flash');
    expect(flashed[0]).toMatch(/keystroke|Biometric identifiers/);
    const inView = await page.evaluate(() => {
      const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const h = all.get([...all.keys()].find((k) => k.endsWith('-flash'))!)!;
      const r = [...h][0]!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  test('keyboard: Tab reaches the findings, Enter goes to one, Esc collapses the panel, and the site remembers', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    await panel.evaluate(`root.querySelector('.icon-button[aria-label="Hide the findings panel"]').focus(); return true;`);
    await page.keyboard.press('Tab');
    expect(await panel.focused()).toMatch(/item/);
    await page.keyboard.press('Enter');
    await expect.poll(() => highlightNames(page)).toContain('policy-lens-flash');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate<boolean>(`return root.querySelector('.panel').hidden;`)).toBe(true);
    expect(await panel.focused()).toMatch(/launcher/);
    expect((await panel.texts('.launcher'))[0]).toMatch(/^Policy Lens · \d+ findings$/);

    await page.reload();
    await ext.waitForAnalysis(page);
    const again = await ext.panel(page);
    // After the reload the panel comes back once the page is detected again: until then there is none to read.
    await expect.poll(() => again.evaluate<boolean>(`return !root.querySelector('.launcher').hidden;`).catch(() => false)).toBe(true);
    expect(await again.evaluate<boolean>(`return root.querySelector('.panel').hidden;`)).toBe(true);
    await again.click('.launcher');
    await expect.poll(() => again.evaluate<boolean>(`return root.querySelector('.panel').hidden;`)).toBe(false);
  });

  test('hovering a highlighted passage explains it in one line', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    await expect.poll(() => highlightNames(page)).toContain('policy-lens-face-affirmed');
    const point = await page.evaluate(() => {
      const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const h = all.get([...all.keys()].find((k) => k.endsWith('-face-affirmed'))!)!;
      const range = [...h].find((r) => r.toString() === 'faceprints')!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const panel = await ext.panel(page);
    await expect
      .poll(() =>
        panel.evaluate<string>(`const t = root.querySelector('.tooltip'); return t.hidden ? '' : t.textContent;`),
      )
      .toMatch(/^Faceprint — a biometric identifier.*BIPA.*GDPR Art\. 9/);
    await page.mouse.move(5, 5);
    await expect.poll(() => panel.evaluate<boolean>(`return root.querySelector('.tooltip').hidden;`)).toBe(true);
  });

  test('highlights follow the text when the page changes, and new text is analysed after it settles', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    const first = await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBe(first.analysis!.practiceCount);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'We also collect palm prints when you pay with your hand at our stores.';
      document.querySelector('article h2')!.before(p);
    });
    await expect.poll(() => panel.texts('.item').then((x) => x.length), { timeout: 15_000 }).toBe(first.analysis!.practiceCount + 1);
    expect(await highlightTexts(page, 'policy-lens-biometric-affirmed')).toEqual(expect.arrayContaining(['palm prints']));
    expect(await highlightTexts(page, 'policy-lens-face-affirmed')).toEqual(expect.arrayContaining(['faceprints']));
  });

  test('a single-page app that leaves its policy takes the panel and highlights away', async ({ ext }) => {
    const page = await ext.open('/app/');
    await ext.waitForAnalysis(page);
    await expect.poll(() => highlightNames(page)).toContain('policy-lens-passage');
    await page.click('a[data-route][href="/app/about"]');
    await page.waitForSelector('h1:has-text("About Nimbus")');
    await expect.poll(() => page.evaluate(() => document.querySelector('policy-lens-panel') === null)).toBe(true);
    expect(await highlightNames(page)).toEqual([]);
  });
});

test.describe('the popup summary', () => {
  test('one row per type, in plain words, with the key quote; highlights can be hidden; jump goes to a finding', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    const row = (type: string) => popup.locator(`.row[data-type="${type}"]`);
    await expect(row('face').locator('.row-value')).toHaveText('Collects');
    await expect(row('face').locator('.row-note')).toHaveText('including biometric identifiers');
    await expect(row('face').locator('.quote')).toContainText('faceprints');
    await expect(row('voice').locator('.row-value')).toHaveText('Collects');
    await expect(row('location.precise').locator('.row-value')).toHaveText('May collect (with conditions)');
    await expect(row('location.approximate').locator('.row-value')).toHaveText('Collects');
    await expect(row('location').locator('.row-value')).toHaveText('Not mentioned');
    await popup.setViewportSize({ width: 420, height: 760 });
    console.log(`popup screenshot: ${await ext.screenshot(popup, 'popup-summary')}`);

    await popup.getByRole('button', { name: 'Hide highlights' }).click();
    await expect.poll(() => highlightNames(page)).toEqual([]);
    await popup.getByRole('button', { name: 'Show highlights' }).click();
    await expect.poll(() => highlightNames(page)).toContain('policy-lens-face-affirmed');

    await row('biometric').getByRole('button', { name: 'Show in page — Other biometrics' }).click();
    await expect.poll(() => highlightTexts(page, 'policy-lens-flash').then((x) => x[0] ?? '')).toMatch(/keystroke|biometric/i);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });

  test('the EEA version: face analysed, but no biometric identifiers', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-eea.html');
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.row[data-type="face"] .row-note')).toHaveText('no biometric identifiers');
    await expect(popup.locator('.row[data-type="location.precise"] .row-value')).toHaveText('Says it does not');
  });

  test('"Analyse this page anyway" on a page that was not detected', async ({ ext }) => {
    const page = await ext.open('/news/policy-change.html');
    await ext.expectBadge(page, '');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'not-policy');
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await expect(popup.locator('.row[data-type="face"] .row-value')).not.toHaveText('Not mentioned', { timeout: 15_000 });
    await expect(popup.locator('.row[data-type="location.precise"]')).toBeVisible();
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(0);
  });

  test('no console errors while analysing, highlighting and using the popup', async ({ ext, context }) => {
    const errors: string[] = [];
    context.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.location().url}: ${m.text()}`)));
    context.on('weberror', (e) => void errors.push(e.error().message));
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.row[data-type="face"]')).toBeVisible();
    await popup.getByRole('button', { name: 'Hide highlights' }).click();
    await popup.getByRole('button', { name: 'Show highlights' }).click();
    expect(errors).toEqual([]);
  });
});
