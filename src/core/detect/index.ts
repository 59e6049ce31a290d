import { judgePage } from './detect';
import { withReasonText } from './reasons';
import type { PageSignals, Verdict } from './types';

export { judgePage, POLICY_THRESHOLD, titleSegments } from './detect';
export { decideOnEveryPage, decideQuickly, type QuickSignals } from './quick';
export { withReasonText } from './reasons';
export type { DocumentKind, HeadingSignal, Judgement, LinkRelSignal, PageSignals, Verdict } from './types';

/** Decides what a page is, with its reasons in English (the CLI, evaluation and tests). */
export function detectPage(signals: PageSignals): Verdict {
  return withReasonText(judgePage(signals));
}
