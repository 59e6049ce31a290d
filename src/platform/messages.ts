import type { Verdict } from '../core/detect/types';
import type { Analysis, DataType, Stance, SummaryValue } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';

/** What the popup needs of an analysis: the summary and one key quote per type. */
export interface AnalysisDigest {
  summary: Record<DataType, SummaryValue>;
  identifiers: Analysis['identifiers'];
  keyQuotes: Partial<Record<DataType, { sentence: string; stance: Stance; conditional: boolean; identifier?: boolean }>>;
  practiceCount: number;
  /** Time the analysis took in the background, in ms. */
  ms: number;
  analyzedAt: string;
}

/** What the extension knows about one tab; kept by the background per tab. */
export interface TabState {
  url: string;
  verdict: Verdict;
  /** ISO time of the verdict. */
  checkedAt: string;
  /** Present once a detected policy has been analysed. */
  analysis?: AnalysisDigest;
}

/**
 * Every cross-context message, keyed by name, typed by direction (house rule 4). Payloads are plain JSON.
 * content → background: what the page is. popup → background: what a tab is.
 */
export interface MessageMap {
  'content/verdict': { request: { url: string; verdict: Verdict }; response: null };
  'popup/tab-state': { request: { tabId: number }; response: TabState | null };
  /** content → background: analyse the page's text (the analyzer runs in the background, off the page's main thread). */
  'content/analyze': { request: { url: string; policyText: PolicyText }; response: Analysis };
}

export type MessageName = keyof MessageMap;
export type RequestOf<K extends MessageName> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageName> = MessageMap[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  payload: RequestOf<K>;
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
