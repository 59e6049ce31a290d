/**
 * Extension APIs for content scripts without webextension-polyfill (the script injected into every page must
 * stay small): Chrome MV3 (`chrome`) and Firefox (`browser`) both return promises from these calls.
 */
import { retryWhenConnectionLost, TEXT_LOST } from './connection-retry';
import type { PolicyText } from '../core/text/policy-text';
import {
  isEnvelope,
  pack,
  unpackReply,
  type Envelope,
  type MessageName,
  type PageAnalysis,
  type RequestOf,
  type ResponseOf,
} from './messages';
import { extensionGlobal } from './extension-global';
import { fail, ok, type Result } from './result';
import type { NoteChange } from '../core/annotation/store-change';
import { keepNewest, KEYS, MAX_PANEL_SITES, unwrap, wrap } from './storage-keys';

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  getBytesInUse?(keys?: string | null): Promise<number>;
}
export type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | void;
interface ApiLike {
  runtime: {
    sendMessage: (message: unknown) => Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  storage: {
    local: StorageAreaLike;
    onChanged: { addListener(l: StorageListener): void; removeListener(l: StorageListener): void };
  };
}
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

/** The extension's own bindings, checked: the page can shadow `browser` with markup (see extension-global). */
const api = (): ApiLike => extensionGlobal() as unknown as ApiLike;

export function t(key: string, substitutions?: string | string[]): string {
  return api().i18n.getMessage(key, substitutions) || key;
}

export type ContentHandlers = { [K in MessageName]?: (payload: RequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K> };

/** Answers one message sent to this tab with its handler; a handler's failure comes back as a value. */
export function respondWith(handlers: ContentHandlers, message: Envelope, sendResponse: (r: unknown) => void): void {
  const handler = (handlers as Record<string, ((p: unknown) => unknown) | undefined>)[message.name];
  Promise.resolve()
    .then(() => {
      if (!handler) throw new Error(`no handler for ${message.name}`);
      return handler(JSON.parse(message.json));
    })
    .then((value) => sendResponse(JSON.stringify(ok(value))), (e: unknown) => sendResponse(JSON.stringify(fail(e))));
}

/** Handles messages sent to this tab (from the popup); a handler's failure comes back as a value. */
export function listenInContent(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener: Listener = (message, _sender, sendResponse) => {
    if (!isEnvelope(message) || !(message.name in handlers)) return false;
    respondWith(handlers, message, sendResponse);
    return true;
  };
  listenForTab(listener, signal);
}

/** Adds a listener for messages sent to this tab, removed when `signal` aborts. */
export function listenForTab(listener: Listener, signal: AbortSignal): void {
  api().runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => api().runtime.onMessage.removeListener(listener), { once: true });
}

/** Whether the reader collapsed the panel on this site. */
export async function panelCollapsed(origin: string): Promise<boolean> {
  const all = unwrap(KEYS.collapsedPanels, (await api().storage.local.get(KEYS.collapsedPanels.key))[KEYS.collapsedPanels.key]);
  return origin in all;
}

export async function setPanelCollapsed(origin: string, collapsed: boolean, now = new Date()): Promise<void> {
  const local = api().storage.local;
  const all = { ...unwrap(KEYS.collapsedPanels, (await local.get(KEYS.collapsedPanels.key))[KEYS.collapsedPanels.key]) };
  if (collapsed) all[origin] = now.toISOString();
  else delete all[origin];
  await local.set({ [KEYS.collapsedPanels.key]: wrap(KEYS.collapsedPanels, keepNewest(all, MAX_PANEL_SITES, (at) => at)) });
}

/** Which side the reader docked the panel on, on this site. */
export async function panelSide(origin: string): Promise<'left' | 'right'> {
  const all = unwrap(KEYS.leftPanels, (await api().storage.local.get(KEYS.leftPanels.key))[KEYS.leftPanels.key]);
  return origin in all ? 'left' : 'right';
}

export async function setPanelSide(origin: string, side: 'left' | 'right', now = new Date()): Promise<void> {
  const local = api().storage.local;
  const all = { ...unwrap(KEYS.leftPanels, (await local.get(KEYS.leftPanels.key))[KEYS.leftPanels.key]) };
  if (side === 'left') all[origin] = now.toISOString();
  else delete all[origin];
  await local.set({ [KEYS.leftPanels.key]: wrap(KEYS.leftPanels, keepNewest(all, MAX_PANEL_SITES, (at) => at)) });
}

/** The name the reader's annotations are signed with (options page); '' when not set. */
export async function creatorName(): Promise<string> {
  return unwrap(KEYS.settings, (await api().storage.local.get(KEYS.settings.key))[KEYS.settings.key]).creatorName ?? '';
}

export async function sendFromContent<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    // Firefox may be suspending the event page just as the message arrives (see connection-retry).
    return unpackReply<ResponseOf<K>>(await retryWhenConnectionLost(() => api().runtime.sendMessage(pack(name, payload))));
  } catch (e) {
    // The extension was reloaded or the worker is gone: not the page's problem, so it comes back as a value.
    return fail(e);
  }
}

/**
 * Size of one slice of page text on its way to the background. Each message costs a round trip of ~4 ms
 * whatever its size, so with 32 000-character slices a 2 MB page spent ~0.35 s in 66 round trips; a 128 000-
 * character slice still costs the page's main thread only a few ms to send (measured in stall.spec.ts).
 */
export const TEXT_CHUNK_CHARS = 128_000;

/** Uploads of one text before giving up, when the background keeps losing the slices (see below). */
const UPLOAD_ATTEMPTS = 3;

/**
 * Sends a page's text to the background for analysis in slices, one message per task, so even a 300 000-
 * character policy never holds the page's main thread: one big message costs ~50 ms to copy in Chrome.
 */
export async function sendPolicyText(
  url: string,
  policyText: PolicyText,
  yieldToPage: () => Promise<void>,
  cutAt?: number,
): Promise<Result<PageAnalysis>> {
  // The slices live in the background's memory: if Firefox suspended the event page between them, the text is
  // lost. Another upload from the start wakes it and sends the whole text again.
  let result = await uploadAndAnalyze(url, policyText, yieldToPage, cutAt);
  for (let retry = 1; retry < UPLOAD_ATTEMPTS && !result.ok && result.error.includes(TEXT_LOST); retry++) {
    result = await uploadAndAnalyze(url, policyText, yieldToPage, cutAt);
  }
  return result;
}

async function uploadAndAnalyze(
  url: string,
  policyText: PolicyText,
  yieldToPage: () => Promise<void>,
  cutAt?: number,
): Promise<Result<PageAnalysis>> {
  const upload = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const chunks = Math.max(1, Math.ceil(policyText.text.length / TEXT_CHUNK_CHARS));
  for (let index = 0; index < chunks; index++) {
    const part = policyText.text.slice(index * TEXT_CHUNK_CHARS, (index + 1) * TEXT_CHUNK_CHARS);
    const sent = await sendFromContent('content/text-chunk', { upload, index, part });
    if (!sent.ok) return sent;
    await yieldToPage();
  }
  return sendFromContent('content/analyze', { url, upload, chunks, blocks: policyText.blocks, ...(cutAt !== undefined ? { cutAt } : {}) });
}

/** A failure that came back as a value, thrown again here so the page module's callers see its reason. */
async function orThrow<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const r = await sendFromContent(name, payload);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * The reader's annotations on one document, from the background (their one writer); `readOnly` says why they
 * cannot be changed (written by a newer version).
 */
export const loadAnnotations = (url: string) => orThrow('content/notes-load', { url });

/**
 * One change by id, applied by the background to what is stored now. Returns the document's annotations as
 * stored (other tabs' and imports included) and whether storage is getting full, so the page can say so before
 * the browser refuses a write.
 */
export const changeAnnotations = (url: string, change: NoteChange) => orThrow('content/notes-change', { url, change });

/** Calls `onChange` when the stored annotations change (an import in the popup, a note in another tab). */
export function onAnnotationsChanged(onChange: () => void, signal: AbortSignal): void {
  const listener: StorageListener = (changes, area) => {
    if (area === 'local' && KEYS.annotations.key in changes) onChange();
  };
  api().storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => api().storage.onChanged.removeListener(listener), { once: true });
}

/** The address of the note form page with its token; framed in the panel so the page never sees the keys. */
export const noteFormUrl = (token: string) => `${extensionGlobal().runtime.getURL('src/note-form/index.html')}#${token}`;
