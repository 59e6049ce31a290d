import type { Frame, Page } from 'puppeteer-core';
import { expect, test, type PanelProbe } from './harness';

const PASSAGE = 'We detect faces and body features in photos and videos';

/**
 * Selects the first occurrence of `text` in the page and ends the selection with a mouseup, as a reader's drag
 * would. (A real drag cannot land on exact characters; the Chromium suite selects the same way.)
 */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const needle = ${JSON.stringify(text)};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      n.parentElement.scrollIntoView({ block: 'center' });
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error('no text ' + needle);
  })()`);
}

const notes = (panel: PanelProbe) =>
  panel.evaluate<{ state: string; text: string }[]>(
    `return [...root.querySelectorAll('li.note')].map((li) => ({ state: li.dataset.state, text: li.textContent }));`,
  );

test.describe('Firefox: annotations', () => {
  test('a note on a passage is saved, and after a reload it is back, anchored on the same words', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await selectText(page, PASSAGE);
    await expect.poll(() => panel.hidden('.annotate')).toBe(false);
    await panel.click('.annotate');
    await expect.poll(() => panel.hidden('.note-form')).toBe(false);
    // The note is typed in an extension page framed in the panel (the page never sees the keys): fill it there.
    // (Over BiDi the frame's reported url can stay about:blank: ask each frame where it is.)
    let form: Frame | undefined;
    await expect
      .poll(async () => {
        for (const f of page.frames()) {
          const ready = await f
            .evaluate(
              `location.href.includes('/src/note-form/index.html') && document.querySelector('button[type=submit]').textContent !== ''`,
            )
            .catch(() => false);
          if (ready) form = f;
        }
        return form !== undefined;
      })
      .toBe(true);
    await form!.evaluate(`(() => {
      const f = document.getElementById('form');
      f.elements.namedItem('note').value = 'Face detection for effects';
      f.requestSubmit();
    })()`);
    await expect.poll(() => notes(panel)).toEqual([{ state: 'anchored', text: expect.stringContaining('Face detection for effects') }]);

    await page.reload({ waitUntil: 'load' });
    await ext.waitForAnalysis(page);
    const again = await ext.panel(page);
    await expect.poll(() => notes(again)).toEqual([{ state: 'anchored', text: expect.stringContaining('Face detection for effects') }]);
    // Re-anchored in the page: some highlight marks exactly the annotated words again.
    await expect.poll(async () => Object.values((await ext.highlights(page)).byName).flat()).toContain(PASSAGE);

    // Editing the note happens in the framed form too: it opens with the note's text, and the new text is saved.
    await again.click('li.note .note-actions button');
    let edit: Frame | undefined;
    await expect
      .poll(async () => {
        for (const f of page.frames()) {
          const ready = await f
            .evaluate(`location.href.includes('/src/note-form/index.html') && document.querySelector('textarea').value === 'Face detection for effects'`)
            .catch(() => false);
          if (ready) edit = f;
        }
        return edit !== undefined;
      })
      .toBe(true);
    expect(await again.evaluate<number>(`return root.querySelectorAll('textarea, input').length;`)).toBe(0);
    await edit!.evaluate(`(() => {
      const f = document.getElementById('form');
      f.elements.namedItem('note').value = 'Face detection, edited';
      f.requestSubmit();
    })()`);
    await expect.poll(() => notes(again)).toEqual([{ state: 'anchored', text: expect.stringContaining('Face detection, edited') }]);
  });
});
