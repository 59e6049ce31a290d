/// <reference types="chrome" />
/**
 * Trust at a glance (issue 10): complete quotes with the data words marked, one finding per sentence, verdicts
 * that agree with their quotes, one vocabulary, a legend, a dockable panel that never covers its passage,
 * keyboard shortcuts, Regions that only tick versions of the same document, the comparison page, the options
 * page, notes with their type and stance — and axe-core on every surface, with screenshots in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test, type ExtensionHelpers, type PanelProbe } from './harness';
import { grantHostPermission } from './support/grant-host-permission';
import { axeLine, dropPanelCopy, panelCopy, runAxe } from './support/axe';
import { noteFormFrame } from './support/note-form';
import { selectText } from './support/select-text';

const US = '/trust/us/privacy';

/** Sends a keyboard-shortcut command to a tab as the background does when the reader presses the keys. */
async function pressShortcut(worker: Worker, tabId: number, command: string): Promise<boolean> {
  return worker.evaluate(
    async ([id, name]) => {
      const reply = (await chrome.tabs.sendMessage(id as number, { name: 'tab/command', json: JSON.stringify({ command: name }) })) as string;
      const r = JSON.parse(reply) as { ok: boolean; value?: boolean; error?: string };
      if (!r.ok) throw new Error(r.error);
      return r.value === true;
    },
    [tabId, command] as const,
  );
}


/** Screenshots of one surface in light and dark. */
async function lightAndDark(ext: ExtensionHelpers, page: Page, name: string, prepare?: () => Promise<void>): Promise<string[]> {
  const paths: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await prepare?.();
    await page.waitForTimeout(150);
    paths.push(await ext.screenshot(page, `${name}-${scheme}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return paths;
}

/** axe on a page (or part) in light and in dark: no serious or critical violation in either. */
async function axeInBothSchemes(page: Page, surface: string, include?: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await runAxe(page, include);
    console.log(axeLine(`${surface} (${scheme})`, result));
    expect(result.severe, `${surface} in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The ranges of our highlight `policy-lens-<name>` (null if it is not registered): the real names carry a random
 * prefix per page load (see categories.ts), which a page, like this test, can only learn by listing `CSS.highlights`.
 */
const highlightTexts = (page: Page, name: string) =>
  page.evaluate((n) => {
    const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const key = [...all.keys()].find((k) => /^h[0-9a-f]{16}-/.test(k) && `policy-lens-${k.slice(18)}` === n);
    return key ? [...all.get(key)!].map((r) => r.toString()) : null;
  }, name);

const itemsOf = (panel: PanelProbe, type: string) =>
  panel.evaluate<{ text: string; state: string; strong: string[] }[]>(
    `return [...root.querySelectorAll('.group')].filter((g) => g.dataset.type === ${JSON.stringify(type)}).flatMap((g) => [...g.querySelectorAll('.item')])
      .map((b) => ({ text: b.querySelector('.quote').textContent, state: b.dataset.state, strong: [...b.querySelectorAll('.quote strong')].map((s) => s.textContent) }));`,
  );

test.describe('findings and quotes', () => {
  test('quotes are whole or windowed with both ends marked, the data words emphasised, one finding per sentence, verdict and quote agree', async ({ ext }) => {
    const page = await ext.open(US);
    const state = await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);

    // A long sentence: a window centred on "keystroke patterns", cut at both ends and marked.
    const [bio] = await itemsOf(panel, 'biometric');
    expect(bio!.text).toMatch(/^“… .*keystroke patterns.* …”$/);
    expect(bio!.strong).toEqual(['keystroke patterns']);
    // A short sentence stays whole.
    const [face] = await itemsOf(panel, 'face');
    expect(face!.text).toBe('“We collect faceprints and face geometry from the photos you upload so that we can blur the faces of passers-by.”');
    // Blurring faces is face detection (LABELS.md: detecting faces in images is face data, not an identifier).
    expect(face!.strong).toEqual(['faceprints', 'face geometry', 'blur the faces']);
    // The policy says its approximate-location sentence twice: one finding, counted once, both highlighted.
    expect(await itemsOf(panel, 'location.approximate')).toHaveLength(1);
    expect(await panel.texts('.item')).toHaveLength(state.analysis!.practiceCount);
    const approxHighlights = (await highlightTexts(page, 'policy-lens-location-approximate-affirmed')) ?? [];
    expect(approxHighlights.filter((t) => t === 'approximate location')).toHaveLength(2);
    // Each finding's chip says its state in the summary's words.
    expect((await itemsOf(panel, 'location.precise')).map((i) => i.state).sort()).toEqual(['denies', 'may-collect']);
    expect(await panel.texts('.group[data-type="location.precise"] .chip.denied')).toEqual(['Says it does not']);

    // The popup: the quote for "says it does not" is the denial, and the weaker contrary statement is in words.
    const popup = await ext.openPopup(page);
    const row = (type: string) => popup.locator(`.row[data-type="${type}"]`);
    await expect(row('location.precise').locator('.row-value')).toHaveText('Says it does not');
    await expect(row('location.precise').locator('.row-except')).toHaveText('— except with consent, some app versions');
    await expect(row('location.precise').locator('.quote')).toHaveText('We do not collect your precise location.');
    await expect(row('biometric').locator('.quote')).toHaveText(/^… .*keystroke patterns.* …$/);
    await expect(row('biometric').locator('.quote strong')).toHaveText('keystroke patterns');
    // The same four words in the popup, the panel's group summaries and the comparison (below).
    await expect(row('location').locator('.row-value')).toHaveText('Not mentioned');
    expect(await panel.texts('.group[data-type="location.precise"] .group-summary')).toEqual(['Says it does not']);
    // "Show in page": its accessible name starts with its visible words.
    await expect(row('face').getByRole('button', { name: 'Show in page — Face' })).toBeVisible();
  });

  test('the panel has a legend of the colours and a readable collapsed label', async ({ ext }) => {
    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.legend li')).toEqual(
      expect.arrayContaining(['Face', 'Other biometrics', 'strong shade: collects or may collect', 'light dotted shade: says it does not', 'your notes']),
    );
    const count = (await panel.texts('.item')).length;
    await panel.click('.icon-button[aria-label="Hide the findings panel"]');
    await expect.poll(() => panel.texts('.launcher')).toEqual([`Policy Lens · ${count} findings`]);
  });
});

test.describe('panel placement and keyboard', () => {
  test('docked left (remembered per site), and never over the passage it scrolls to', async ({ ext }) => {
    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    let panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    await panel.click('.dock');
    await expect.poll(() => panel.evaluate<string>(`return root.querySelector('.panel').dataset.side;`)).toBe('left');
    expect(await panel.evaluate<number>(`return root.querySelector('.panel').getBoundingClientRect().left;`)).toBeLessThan(40);
    await page.reload();
    await ext.waitForAnalysis(page);
    panel = await ext.panel(page);
    await expect.poll(() => panel.evaluate<string>(`return root.querySelector('.panel')?.dataset.side ?? '';`)).toBe('left');
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    console.log(`panel docked left: ${(await lightAndDark(ext, page, 'panel-docked-left')).join(', ')}`);

    // The last passage of the page: the page cannot scroll it to the top, so the panel makes room.
    await page.setViewportSize({ width: 900, height: 600 });
    await panel.evaluate(`[...root.querySelectorAll('.item')].find((b) => /voiceprints/.test(b.textContent)).click(); return true;`);
    await expect.poll(() => highlightTexts(page, 'policy-lens-flash').then((t) => t !== null)).toBe(true);
    const overlap = async () => {
      const passage = await page.evaluate(() => {
        const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const key = [...all.keys()].find((k) => /^h[0-9a-f]{16}-flash$/.test(k));
        const h = key ? all.get(key) : undefined;
        const r = h ? [...h][0]!.getBoundingClientRect() : null;
        return r && { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
      const box = await panel.evaluate<{ top: number; bottom: number; left: number; right: number }>(
        `const r = root.querySelector('.panel').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };`,
      );
      if (!passage) return 'no flash';
      const covered = passage.left < box.right && passage.right > box.left && passage.top < box.bottom && passage.bottom > box.top;
      return covered ? `covered: passage ${JSON.stringify(passage)} panel ${JSON.stringify(box)}` : 'clear';
    };
    await expect.poll(overlap, { timeout: 5_000 }).toBe('clear');
  });

  test('shortcuts through the commands API: listed in the popup, open the panel, annotate the selection', async ({ ext, worker }) => {
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
    expect(byName['open-panel']?.shortcut).toBe('Alt+Shift+L');
    expect(byName['annotate-selection']?.shortcut).toBe('Alt+Shift+M');

    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    await panel.click('.icon-button[aria-label="Hide the findings panel"]');
    const tabId = await ext.tabIdOf(page);
    expect(await pressShortcut(worker, tabId, 'open-panel')).toBe(true);
    await expect.poll(() => panel.evaluate<boolean>(`return root.querySelector('.panel').hidden;`)).toBe(false);
    expect(await panel.focused()).toMatch(/item/);

    await selectText(page, 'Write to privacy@corvid.example', { release: false });
    expect(await pressShortcut(worker, tabId, 'annotate-selection')).toBe(true);
    await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
    expect(await panel.texts('.note-form .form-quote')).toEqual(['Write to privacy@corvid.example']);
    // Every field of the form (in its extension-origin frame) has a visible label, the stance select too.
    const form = await noteFormFrame(page);
    expect(await form.locator('.field-label').allTextContents()).toEqual([
      'Your note',
      'Tags, separated by commas',
      'Data type (optional)',
      'What the passage says (optional)',
    ]);

    const popup = await ext.openPopup(page);
    await popup.getByText('Keyboard shortcuts').click();
    await expect(popup.locator('.shortcut-list kbd')).toHaveText(['Alt+Shift+L', 'Alt+Shift+M']);
    await expect(popup.getByRole('button', { name: 'Change shortcuts' })).toBeVisible();
  });
});

test.describe('annotations', () => {
  test('the creator name is a setting; a note shows its data type and stance', async ({ ext, worker, extensionId, context }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.getByLabel('Your name on annotations').fill('Ada Advocate');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.locator('.status')).toHaveText('Saved.');
    const axeOptions = await runAxe(options);
    console.log(axeLine('options page', axeOptions));
    expect(axeOptions.severe).toEqual([]);
    await options.close();

    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    await selectText(page, 'We use cookies to keep you signed in', { release: false });
    expect(await pressShortcut(worker, await ext.tabIdOf(page), 'annotate-selection')).toBe(true);
    await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
    // axe on the annotation form, through a rendered copy of the panel.
    const formAxe = await runAxe(page, await panelCopy(panel));
    await dropPanelCopy(panel);
    console.log(axeLine('annotation form', formAxe));
    expect(formAxe.severe).toEqual([]);
    expect(formAxe.passes).toBeGreaterThan(10);
    // The form's own fields are in its extension-origin frame: axe there too, then fill it in as a reader would.
    const form = await noteFormFrame(page);
    const fieldsAxe = await runAxe(form);
    console.log(axeLine('annotation form fields', fieldsAxe));
    expect(fieldsAxe.severe).toEqual([]);
    await form.locator('textarea').fill('Session cookies');
    await form.locator('select[name=type]').selectOption('location.approximate');
    await form.locator('select[name=stance]').selectOption('affirmed');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => panel.texts('li.note .chip.flag')).toEqual(['Approximate location: Collects or may collect']);
    const creators = await worker.evaluate(async () => {
      const { annotations } = await chrome.storage.local.get('annotations');
      return Object.values((annotations as { value: Record<string, { creator: { name: string } }[]> }).value).flat().map((a) => a.creator.name);
    });
    expect(creators).toEqual(['Ada Advocate']);
  });
});

test.describe('regions and the comparison page', () => {
  test('ticks only versions of the same document, names the sites before asking, focuses the results, and the comparison page', async ({
    ext,
    context,
    extensionId,
  }) => {
    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    const summaryPopup = await ext.openPopup(page);
    await summaryPopup.setViewportSize({ width: 420, height: 600 });
    await expect(summaryPopup.locator('.row[data-type="face"]')).toBeVisible();
    await axeInBothSchemes(summaryPopup, 'popup summary');
    console.log(`popup summary: ${(await lightAndDark(ext, summaryPopup, 'popup-summary')).join(', ')}`);
    await summaryPopup.close();

    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.getByRole('tab', { name: 'Regions' }).click();
    const variant = (region: string) => popup.locator(`.variant[data-region="${region}"]`);
    await expect(variant('US').first()).toHaveAttribute('data-source', 'this-page');
    await expect(variant('EEA').locator('input[type=checkbox]')).toBeChecked();
    // A payment provider's policy on another site, and a language version: listed, unticked, with why.
    const other = popup.locator('.variant[data-why="other-site"]');
    await expect(other.locator('input[type=checkbox]')).not.toBeChecked();
    await expect(other.locator('.why-not')).toHaveText('not ticked: on another site');
    const language = popup.locator('.variant[data-why="language-version"]');
    await expect(language.locator('input[type=checkbox]')).not.toBeChecked();
    // The link to a part of this page (#contactus) is not a version at all.
    expect(await popup.locator('.variant .url').allTextContents()).not.toContain(expect.stringContaining('#contactus'));
    await expect(popup.locator('.ask-sites')).toHaveText('Fetching asks your permission to read: localhost');
    // "Compare with…" fits the popup: no horizontal scrolling.
    await popup.getByText('Compare with…').click();
    expect(
      await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await expect(popup.locator('.file-chooser')).toHaveText('Choose a saved file…');
    const axeRegions = await runAxe(popup);
    console.log(axeLine('popup regions (before comparing)', axeRegions));
    expect(axeRegions.severe).toEqual([]);

    await popup.getByRole('button', { name: 'Fetch and compare' }).click();
    await expect(popup.locator('.results .differences li').first()).toContainText('faceprints', { timeout: 20_000 });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('regions-results');
    // Results first, within the popup's 600 px.
    expect(
      await popup.evaluate(() => document.getElementById('regions')!.firstElementChild!.classList.contains('results')),
    ).toBe(true);
    expect(
      await popup.evaluate(() => document.querySelector('.results .matrix')!.getBoundingClientRect().top),
    ).toBeLessThan(600);
    await expect(popup.locator('.matrix tr[data-type="faceprints"] .cell-value')).toHaveText([
      'Collects',
      'Says it does not',
    ]);
    await popup.locator('.matrix tr[data-type="faceprints"] td').first().locator('summary').click();
    await expect(popup.locator('.matrix tr[data-type="faceprints"] td').first().locator('q strong')).toHaveText([
      'faceprints',
      'face geometry',
      'blur the faces',
    ]);
    await axeInBothSchemes(popup, 'popup regions (after comparing)');
    console.log(
      `popup regions: ${(await lightAndDark(ext, popup, 'popup-regions-compared', () => popup.evaluate(() => window.scrollTo(0, 0)))).join(', ')}`,
    );

    const [report] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open the full comparison' }).click(),
    ]);
    await report.waitForLoadState();
    await report.setViewportSize({ width: 1200, height: 900 });
    await expect(report.locator('h1')).toHaveText('Comparison: US, EEA (localhost)');
    await expect(report).toHaveTitle('Comparison: US, EEA (localhost)');
    const toc = report.locator('nav.contents li a');
    const changedOnly = await toc.allTextContents();
    expect(changedOnly).toEqual(expect.arrayContaining(['Information we collect', 'Location information', 'Cookies']));
    expect(changedOnly).not.toContain('Metadata');
    await report.getByLabel('Changed sections only').uncheck();
    // The run-in heading "Metadata." is a section of its own, the same in both versions.
    await expect(report.locator('nav.contents li.same a', { hasText: 'Metadata' })).toHaveCount(1);
    await report.getByLabel('Changed sections only').check();
    // Word-level differences inside a reworded sentence.
    const location = report.locator('section.section', {
      has: report.locator('h3', { hasText: 'Location information' }),
    });
    await expect(location.locator('.reworded ins.word')).toContainText(['the']);
    await expect(location.locator('.reworded del.word').first()).toHaveText('your');
    await expect(report.locator('.matrix tr[data-type="faceprints"] td').first().locator('q strong')).toHaveText([
      'faceprints',
      'face geometry',
      'blur the faces',
    ]);
    await axeInBothSchemes(report, 'comparison page');
    console.log(`comparison page: ${(await lightAndDark(ext, report, 'comparison-page-contents')).join(', ')}`);

    const [md] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toMatch(/^# How this policy differs by region: US, EEA \\\(localhost\\\)/);
    expect(markdown).toMatch(/- US: http:\/\/localhost:\d+\/trust\/us\/privacy \(fetched \d{4}-/);
    expect(markdown).toMatch(/- EEA: http:\/\/localhost:\d+\/trust\/eea\/privacy \(fetched \d{4}-/);
    expect(markdown).toContain('| Faceprints | collects | says it does not |');
    expect(markdown).toContain('**faceprints**');
    expect(markdown).not.toMatch(/and \d+ more/);
    const [json] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      service: string;
      versions: { url: string; fetchedAt: string }[];
    };
    expect(exported.service).toBe('localhost');
    expect(exported.versions.map((v) => typeof v.fetchedAt)).toEqual(['string', 'string']);
  });
});

test.describe('accessibility of the panel', () => {
  test('axe-core finds no serious or critical violation in the findings panel (light and dark)', async ({ ext }) => {
    const page = await ext.open(US);
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((x) => x.length)).toBeGreaterThan(3);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await runAxe(page, await panelCopy(panel));
      await dropPanelCopy(panel);
      console.log(axeLine(`findings panel (${scheme})`, result));
      expect(result.severe).toEqual([]);
      expect(result.passes).toBeGreaterThan(10);
    }
  });
});
