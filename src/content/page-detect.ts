// The full detector, loaded by the content script only when its cheap stages leave the question open (the page's
// address, title, headings or opening text hint at a policy): the bounded walk over the page, every vocabulary
// table and the scoring stay out of the script that runs on every page.
import { judgePage } from '../core/detect/detect';
import type { Judgement } from '../core/detect/types';
import { collectSignalsSliced } from '../dom/signals';

export async function detectInSlices(doc: Document, url: string, signal: AbortSignal): Promise<Judgement> {
  return judgePage(await collectSignalsSliced(doc, url, { signal }));
}
