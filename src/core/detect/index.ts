export { detectPage, POLICY_THRESHOLD, titleSegments } from './detect';
export type { DocumentKind, HeadingSignal, LinkRelSignal, PageSignals, Verdict } from './types';
