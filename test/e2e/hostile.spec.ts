/// <reference types="chrome" />
/**
 * Hostile pages (issue 12, item 3) and annotations that must not be lost (item 2), in the built extension.
 * The pages are the authored privacy policy with hostile markup or scripts added, served under the fixture site.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../scripts/serve';
import { expect, test, type PanelProbe } from './harness';
import { noteFormFrame, typeNote } from './support/note-form';
import { selectText } from './support/select-text';
import { scratchDir } from '../support/temp-dir';

const POLICY = () => readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8');

/** Serves the authored policy at `path` with `extra` markup added at the start of its body. */
async function serveHostile(context: BrowserContext, origin: string, path: string, extra: string): Promise<void> {
  await context.route(`${origin}${path}`, (route) => route.fulfill({ body: POLICY().replace('<body>', `<body>${extra}`), contentType: 'text/html' }));
}


async function openNoteForm(page: Page, panel: PanelProbe, text: string): Promise<void> {
  await selectText(page, text);
  await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.annotate').hidden;`)).toBe(true);
  await panel.click('.annotate');
  await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
}

const noteTexts = (panel: PanelProbe) => panel.evaluate<string[]>(`return [...root.querySelectorAll('li.note .note-text')].map((e) => e.textContent);`);

test('a page that shadows `browser` with a form does not switch the extension off', async ({ ext, context, site }) => {
  await serveHostile(
    context,
    site.origin,
    '/hostile/shadowing',
    '<form id="browser"><input name="runtime"></form><form id="chrome"><input name="runtime"></form>',
  );
  const page = await ext.open('/hostile/shadowing');
  // The trap is set: in the page, `browser` is the form.
  expect(await page.evaluate(() => (window as unknown as { browser?: Element }).browser?.tagName)).toBe('FORM');
  await ext.expectBadge(page, 'PP');
  const state = await ext.waitForAnalysis(page);
  expect(state.analysis!.summary.face).toBe('collects');
  const panel = await ext.panel(page);
  await expect.poll(() => panel.texts('.count')).toEqual([expect.stringMatching(/\d+ findings?/)]);
});

test('keys typed into a note never reach the page’s listeners, and the note is saved', async ({ ext, context, site }) => {
  const spy = `<script>
    window.__seen = [];
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionstart'])
      document.addEventListener(type, (e) => window.__seen.push(type + ':' + (e.key || e.data || '')), true);
  </script>`;
  await serveHostile(context, site.origin, '/hostile/keylogger', spy);
  const page = await ext.open('/hostile/keylogger');
  await ext.waitForAnalysis(page);
  const panel = await ext.panel(page);
  await openNoteForm(page, panel, 'such as faceprints and voiceprints');
  await page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen.length = 0));
  await typeNote(page, 'secret reviewer note', 'private-tag');
  await expect.poll(() => noteTexts(panel)).toEqual(['secret reviewer note']);
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
});

test('editing a note and disputing a finding: the keys never reach the page’s listeners, and both are saved', async ({ ext, context, site, worker }) => {
  const spy = `<script>
    window.__seen = [];
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionstart'])
      document.addEventListener(type, (e) => window.__seen.push(type + ':' + (e.key || e.data || '')), true);
  </script>`;
  await serveHostile(context, site.origin, '/hostile/keylogger-edit', spy);
  const page = await ext.open('/hostile/keylogger-edit');
  await ext.waitForAnalysis(page);
  const panel = await ext.panel(page);
  const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  await openNoteForm(page, panel, 'such as faceprints and voiceprints');
  await typeNote(page, 'first words');
  await expect.poll(() => noteTexts(panel)).toEqual(['first words']);

  // Edit: the note's text now comes into the framed form, and the new text is typed there.
  await page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen.length = 0));
  await panel.click('li.note .note-actions button');
  const editing = await noteFormFrame(page);
  await expect(editing.locator('textarea')).toHaveValue('first words');
  await expect(editing.locator('input[name=tags]')).toBeHidden();
  await editing.locator('textarea').press('ControlOrMeta+a');
  await editing.locator('textarea').pressSequentially('secret second words');
  await editing.locator('button[type=submit]').click();
  await expect.poll(() => noteTexts(panel)).toEqual(['secret second words']);
  expect(await seen()).toEqual([]);
  // No field of the page's own document held the note's text at any point.
  expect(await panel.evaluate<number>(`return root.querySelectorAll('textarea, input').length;`)).toBe(0);

  // Dispute: the reason is typed in the framed form too.
  const disputes = await panel.evaluate<number>(`const b = [...root.querySelectorAll('.review button')].find((x) => x.textContent === 'Dispute'); b.scrollIntoView(); b.click(); return 1;`);
  expect(disputes).toBe(1);
  const disputing = await noteFormFrame(page);
  await expect(disputing.locator('.field-label[data-for=note]')).toHaveText('Why is this finding wrong?');
  await disputing.locator('textarea').pressSequentially('secret reason: the sentence is about a product');
  await disputing.locator('button[type=submit]').click();
  await expect.poll(() => panel.texts('.review .chip')).toContain('disputed');
  expect(await seen()).toEqual([]);
  const stored = await worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('annotations')).annotations));
  expect(stored).toContain('secret reason: the sentence is about a product');
  expect(stored).toContain('secret second words');
});

test('our highlights: not at a guessable name, and put back when the page deletes or repaints them', async ({ ext }) => {
  const page = await ext.open('/legal/privacy-policy-us.html');
  await ext.waitForAnalysis(page);
  const names = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()]);
  await expect.poll(async () => (await names()).some((n) => n.endsWith('-passage'))).toBe(true);
  expect((await names()).some((n) => n.startsWith('policy-lens'))).toBe(false);
  const passage = (await names()).find((n) => n.endsWith('-passage'))!;
  const face = (await names()).find((n) => n.endsWith('-face-affirmed'))!;
  const sizes = () =>
    page.evaluate(([p, f]) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [h.get(p!)?.size ?? 0, h.get(f!)?.size ?? 0];
    }, [passage, face]);
  const before = await sizes();
  // The page deletes one of ours and paints our face colour on its own heading.
  await page.evaluate(([p, f]) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    h.delete(p!);
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('h1')!);
    h.get(f!)!.add(r);
  }, [passage, face]);
  // Asking for the findings (as the popup does) re-checks them first.
  const popup = await ext.openPopup(page);
  await expect(popup.locator('.row').first()).toBeVisible();
  await expect.poll(sizes).toEqual(before);
});

test('two tabs saving notes at once, 20 rounds: none is lost', async ({ ext, worker }) => {
  test.setTimeout(240_000);
  const a = await ext.open('/legal/privacy-policy-us.html');
  const b = await ext.open('/legal/privacy-policy-us.html?tab=2');
  await ext.waitForAnalysis(a);
  await ext.waitForAnalysis(b);
  const pa = await ext.panel(a);
  const pb = await ext.panel(b);
  // Each round: both tabs have a note typed in their form, then both are submitted at the same moment.
  for (let round = 0; round < 20; round++) {
    const forms = [];
    for (const [page, panel, tab] of [[a, pa, 'a'], [b, pb, 'b']] as const) {
      await openNoteForm(page, panel, round % 2 ? 'such as faceprints and voiceprints' : 'We detect faces and body features');
      const frame = await noteFormFrame(page);
      await frame.locator('textarea').fill(`${tab}-${round}`);
      forms.push(frame);
    }
    // Submitted in the same turn (a click needs the tab in front, and only one tab is).
    await Promise.all(forms.map((f) => f.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit())));
    await Promise.all([pa, pb].map((p) => expect.poll(() => p.evaluate<boolean>(`return root.querySelector('.note-form').hidden;`)).toBe(true)));
  }
  const stored = await worker.evaluate(async () => {
    const { annotations } = await chrome.storage.local.get('annotations');
    return Object.values((annotations as { value: Record<string, unknown[]> }).value).reduce((n, l) => n + l.length, 0);
  });
  expect(stored).toBe(40);
});

test('twenty tabs open and analysed at once, each saving a note at the same moment: nothing is lost', async ({ ext, context, site, worker }) => {
  test.setTimeout(300_000);
  const TABS = 20;
  // Opened at once: their uploads overlap, so some wait for one of the 16 upload slots instead of failing.
  const pages = await Promise.all(
    Array.from({ length: TABS }, async (_, i) => {
      const page = await context.newPage();
      await page.goto(`${site.origin}/legal/privacy-policy-us.html?tab=${i}`);
      return page;
    }),
  );
  for (const page of pages) await ext.waitForAnalysis(page);
  const frames = [];
  const panels = [];
  for (const [i, page] of pages.entries()) {
    const panel = await ext.panel(page);
    await openNoteForm(page, panel, i % 2 ? 'such as faceprints and voiceprints' : 'We detect faces and body features');
    const frame = await noteFormFrame(page);
    await frame.locator('textarea').fill(`note of tab ${i}`);
    frames.push(frame);
    panels.push(panel);
  }
  // All submitted in the same turn.
  await Promise.all(frames.map((f) => f.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit())));
  await Promise.all(panels.map((p) => expect.poll(() => p.evaluate<boolean>(`return root.querySelector('.note-form').hidden;`), { timeout: 30_000 }).toBe(true)));
  const stored = await worker.evaluate(async () => {
    const { annotations } = await chrome.storage.local.get('annotations');
    return Object.values((annotations as { value: Record<string, { body?: { value?: string }[] | { value?: string } }[]> }).value)
      .flat()
      .map((a) => JSON.stringify(a.body))
      .join('\n');
  });
  for (let i = 0; i < TABS; i++) expect(stored).toContain(`note of tab ${i}"`);
  expect(stored.split('\n')).toHaveLength(TABS);
});

test('an import while the page is open shows there without a reload, and a note added then keeps it', async ({ ext }) => {
  const page = await ext.open('/legal/privacy-policy-us.html');
  await ext.waitForAnalysis(page);
  const panel = await ext.panel(page);
  const file = join(scratchDir('pl-import-'), 'notes.json');
  writeFileSync(
    file,
    JSON.stringify({
      type: 'AnnotationCollection',
      items: [
        {
          id: 'urn:uuid:0b7c6f1e-0000-4000-8000-000000000001',
          type: 'Annotation',
          modified: '2026-01-01T00:00:00Z',
          body: { type: 'TextualBody', value: 'imported while open', purpose: 'commenting' },
          target: { source: page.url(), selector: { type: 'TextQuoteSelector', exact: 'We detect faces and body features in photos and videos' } },
        },
      ],
    }),
  );
  const popup = await ext.openPopup(page);
  await popup.locator('.notes-box input[type=file]').setInputFiles(file);
  await expect(popup.locator('.notes-message')).toContainText('Imported: 1 new');
  // As a real popup does when the reader goes back to the page: nothing else holds the front while they type.
  await popup.close();
  await page.bringToFront();
  await expect.poll(() => noteTexts(panel)).toEqual(['imported while open']);
  await openNoteForm(page, panel, 'such as faceprints and voiceprints');
  await typeNote(page, 'added after the import');
  await expect.poll(() => noteTexts(panel)).toEqual(['imported while open', 'added after the import']);
});

test('a failed save keeps the typed note in the form, with the reason; annotations of a newer version stay untouched', async ({ ext, worker }) => {
  const newer = { v: 99, value: { 'https://elsewhere.example/privacy': [{ id: 'urn:x:1', type: 'Annotation', target: 'https://elsewhere.example/privacy' }] } };
  await worker.evaluate((v) => chrome.storage.local.set({ annotations: v }), newer);
  const page = await ext.open('/legal/privacy-policy-us.html');
  await ext.waitForAnalysis(page);
  const panel = await ext.panel(page);
  await openNoteForm(page, panel, 'such as faceprints and voiceprints');
  const frame = await typeNote(page, 'do not lose me');
  await expect(frame.locator('#status')).toContainText('newer version');
  await expect(frame.locator('textarea')).toHaveValue('do not lose me');
  await expect(frame.locator('button[type=submit]')).toBeEnabled();
  expect(await panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
  expect(await panel.texts('.message.warning')).toEqual(expect.arrayContaining([expect.stringContaining('newer version')]));
  expect(await worker.evaluate(async () => (await chrome.storage.local.get('annotations')).annotations)).toEqual(newer);
});

test('importing into full storage says why, not the previous success', async ({ ext, worker }) => {
  const page = await ext.open('/legal/privacy-policy-us.html');
  await ext.waitForAnalysis(page);
  const popup = await ext.openPopup(page);
  const dir = scratchDir('pl-full-');
  const one = (i: number) => ({
    id: `urn:uuid:0b7c6f1e-0000-4000-8000-00000000000${i}`,
    type: 'Annotation',
    target: { source: page.url(), selector: { type: 'TextQuoteSelector', exact: 'faceprints' } },
  });
  writeFileSync(join(dir, 'a.json'), JSON.stringify([one(1)]));
  writeFileSync(join(dir, 'b.json'), JSON.stringify([one(2)]));
  await popup.locator('.notes-box input[type=file]').setInputFiles(join(dir, 'a.json'));
  await expect(popup.locator('.notes-message')).toContainText('Imported: 1 new');
  // Fill storage.local to its quota (10 MB without unlimitedStorage).
  await worker.evaluate(async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; ; i++) {
      try {
        await chrome.storage.local.set({ [`filler${i}`]: chunk });
      } catch {
        break;
      }
    }
    await chrome.storage.local.set({ fillerEnd: 'x'.repeat(1024 * 1024 - 200_000) }).catch(() => undefined);
    for (let n = 100_000; n > 100; n = Math.floor(n / 2)) await chrome.storage.local.set({ [`fillerSmall${n}`]: 'x'.repeat(n) }).catch(() => undefined);
  });
  await popup.locator('.notes-box input[type=file]').setInputFiles(join(dir, 'b.json'));
  await expect(popup.locator('.notes-message')).toContainText('Nothing was imported');
  await expect(popup.locator('.notes-message')).toContainText(/quota/i);
});
