import type { Frame, Page } from '@playwright/test';
import { expect } from '../harness';

/** The note form's frame (an extension page inside the panel's closed shadow root), once it has loaded. */
export async function noteFormFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(async () => {
      found = page.frames().find((f) => /\/src\/note-form\/index\.html/.test(f.url()));
      return found !== undefined && (await found.locator('button[type=submit]').textContent().catch(() => '')) !== '';
    }, { message: 'note form frame' })
    .toBe(true);
  return found!;
}

/** Types a note (and tags) into the form as a reader would, key by key, and submits it. */
export async function typeNote(page: Page, note: string, tags = ''): Promise<Frame> {
  const frame = await noteFormFrame(page);
  await frame.locator('textarea').pressSequentially(note);
  if (tags) await frame.locator('input[name=tags]').pressSequentially(tags);
  await frame.locator('button[type=submit]').click();
  return frame;
}
