import type { Verdict } from '../core/detect/types';

/** What the extension knows about one tab; kept by the background per tab. */
export interface TabState {
  url: string;
  verdict: Verdict;
  /** ISO time of the verdict. */
  checkedAt: string;
}

/**
 * Every cross-context message, keyed by name, typed by direction (house rule 4). Payloads are plain JSON.
 * content → background: what the page is. popup → background: what a tab is.
 */
export interface MessageMap {
  'content/verdict': { request: { url: string; verdict: Verdict }; response: null };
  'popup/tab-state': { request: { tabId: number }; response: TabState | null };
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
