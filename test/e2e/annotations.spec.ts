import type { Page } from '@playwright/test';
/// <reference types="chrome" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../scripts/serve';
import { expect, test, type ExtensionHelpers, type PanelProbe } from './harness';
import { typeNote } from './support/note-form';
import { selectText } from './support/select-text';
import { scratchDir } from '../support/temp-dir';


const ARTIFACTS_TMP = () => scratchDir('pl-e2e-');

async function annotate(page: Page, panel: PanelProbe, text: string, note: string): Promise<void> {
  await selectText(page, text, { scroll: true });
  await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.annotate').hidden;`)).toBe(true);
  await panel.click('.annotate');
  await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
  await typeNote(page, note, 'biometrics, us-only');
  // Saved: the panel closes the form.
  await expect.poll(() => panel.evaluate<boolean>(`return root.querySelector('.note-form').hidden;`)).toBe(true);
}

/**
 * The panel of a page just (re)loaded. After a reload the background still holds the previous document's analysis
 * until the new document reports (tabs.onUpdated forgets a tab's state only when its URL changes), so
 * `waitForAnalysis` can return before the new page has mounted its panel: wait for the panel itself.
 */
async function panelOf(ext: ExtensionHelpers, page: Page): Promise<PanelProbe> {
  const panel = await ext.panel(page);
  await expect.poll(() => panel.evaluate<boolean>('return root !== null;').catch(() => false), { message: 'the findings panel' }).toBe(true);
  return panel;
}

const notes = (panel: PanelProbe) =>
  panel.evaluate<{ state: string; text: string }[]>(
    `return [...root.querySelectorAll('li.note')].map((li) => ({ state: li.dataset.state, text: li.textContent }));`,
  );

test.describe('annotations', () => {
  test('annotate a passage, see it after a reload, review a machine finding', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await panelOf(ext, page);
    await annotate(
      page,
      panel,
      'such as faceprints and voiceprints, from your user content',
      'US-only biometric clause <img src=x onerror="document.title=1">',
    );
    await expect.poll(() => notes(panel)).toEqual([{ state: 'anchored', text: expect.stringContaining('US-only biometric clause <img src=x') }]);
    // A note is text, never markup.
    expect(await panel.evaluate<number>(`return root.querySelectorAll('li.note img').length;`)).toBe(0);
    expect(
      await page.evaluate(() => {
        const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return all.get([...all.keys()].find((k) => k.endsWith('-note'))!)?.size;
      }),
    ).toBe(1);

    await panel.evaluate(`root.querySelector('.review button').click(); return true;`);
    await expect.poll(() => panel.texts('.review .chip')).toContain('confirmed');

    await page.reload();
    await ext.waitForAnalysis(page);
    const again = await panelOf(ext, page);
    // The note and the review (an annotation too, with its verdict) are both back, in place.
    await expect.poll(() => notes(again)).toEqual([
      { state: 'anchored', text: expect.stringContaining('US-only biometric clause <img') },
      { state: 'anchored', text: expect.stringContaining('confirmed') },
    ]);
    expect(await again.texts('.review .chip')).toContain('confirmed');
  });

  test('copy a link to the passage: a text fragment that works without the extension', async ({ ext, context, site }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await panelOf(ext, page);
    await annotate(page, panel, 'We detect faces and body features in photos and videos', 'effects');
    await expect.poll(() => notes(panel).then((n) => n.length)).toBe(1);
    await panel.click('li.note .note-actions button:nth-of-type(3)');
    const link = await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/#:~:text=/)
      .then(() => page.evaluate(() => navigator.clipboard.readText()));
    expect(link).toBe(`${site.origin}/legal/privacy-policy-us#:~:text=We%20detect%20faces%20and,in%20photos%20and%20videos`);
  });

  test('comment on a machine finding', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await panelOf(ext, page);
    await expect.poll(() => panel.texts('.review button')).toContain('Comment');
    await panel.evaluate(`[...root.querySelectorAll('.review button')].find((b) => b.textContent === 'Comment').click(); return true;`);
    await expect.poll(() => panel.evaluate<boolean>(`return !root.querySelector('.note-form').hidden;`)).toBe(true);
    await typeNote(page, 'Which laws?');
    await expect.poll(() => notes(panel)).toEqual([{ state: 'anchored', text: expect.stringContaining('Which laws?') }]);
  });

  test('after the policy changes, a note on a moved passage stays in place and a note on a deleted one is kept as orphaned', async ({ ext, context, site }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await panelOf(ext, page);
    await annotate(page, panel, 'We detect faces and body features in photos and videos', 'Face detection for effects');
    await annotate(page, panel, 'Biometric identifiers are destroyed when the purpose for collecting them has been satisfied', 'Retention of biometrics');
    await expect.poll(() => notes(panel).then((n) => n.length)).toBe(2);

    // The next version: a sentence inserted before the first passage, the second passage deleted.
    const v1 = readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8');
    const v2 = v1
      .replace('<p>We detect faces', '<p>We added this sentence in the new version. We detect faces')
      .replace(/ Biometric identifiers are destroyed[^<]*/, '');
    await context.route(`${site.origin}/legal/privacy-policy-us`, (route) => route.fulfill({ body: v2, contentType: 'text/html' }));
    await page.reload();
    await ext.waitForAnalysis(page);
    const changed = await panelOf(ext, page);
    // The moved passage is the passage itself (its words and context found again): "in place", not "moved".
    await expect.poll(() => notes(changed).then((n) => n.map((x) => x.state).sort())).toEqual(['anchored', 'orphaned']);
    expect((await notes(changed)).find((n) => n.state === 'anchored')!.text).toContain('in place');
    console.log(`annotations screenshot: ${await ext.screenshot(page, 'page-with-notes')}`);
  });
});

test('export, clear, import; a hostile file changes nothing', async ({ ext, worker }) => {
  const page = await ext.open('/legal/privacy-policy-us');
  await ext.waitForAnalysis(page);
  const panel = await panelOf(ext, page);
  await annotate(page, panel, 'We detect faces and body features in photos and videos', 'Face detection for effects');
  await expect.poll(() => notes(panel).then((n) => n.length)).toBe(1);

  const popup = await ext.openPopup(page);
  await expect(popup.locator('.notes-box .message').first()).toHaveText('1 on this page, 1 in all.');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export this page' }).click()]);
  const path = await download.path();
  const exported = JSON.parse(readFileSync(path!, 'utf8'));
  expect(exported).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [{ type: 'Annotation' }] } });
  expect(exported.first.items[0].target.selector[0]).toMatchObject({
    type: 'TextQuoteSelector',
    exact: 'We detect faces and body features in photos and videos',
  });

  await worker.evaluate(() => chrome.storage.local.remove('annotations'));
  const hostile = join(ARTIFACTS_TMP(), 'hostile.json');
  writeFileSync(
    hostile,
    JSON.stringify({
      type: 'AnnotationCollection',
      items: [
        {
          id: 'x',
          type: 'Annotation',
          target: { source: 'https://x', selector: { type: 'TextQuoteSelector', exact: '' } },
          __proto__x: 1,
        },
      ],
      constructor: { prototype: { polluted: true } },
    }),
  );
  await popup.reload();
  await popup.locator('.notes-box input[type=file]').setInputFiles(hostile);
  await expect(popup.locator('.notes-message')).toContainText('Nothing was imported');
  await expect(popup.locator('.notes-box .message').first()).toHaveText('0 on this page, 0 in all.');

  await popup.locator('.notes-box input[type=file]').setInputFiles(path!);
  await expect(popup.locator('.notes-message')).toContainText('Imported: 1 new, 0 updated');
  await expect(popup.locator('.notes-box .message').first()).toHaveText('1 on this page, 1 in all.');
  await page.reload();
  await ext.waitForAnalysis(page);
  const back = await panelOf(ext, page);
  await expect.poll(() => notes(back)).toEqual([{ state: 'anchored', text: expect.stringContaining('Face detection for effects') }]);
});
