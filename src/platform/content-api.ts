/**
 * Extension APIs for content scripts without webextension-polyfill (the script injected into every page must
 * stay small): Chrome MV3 (`chrome`) and Firefox (`browser`) both return promises from these calls.
 */
import type { PolicyText } from '../core/text/policy-text';
import { isEnvelope, pack, unpackReply, type MessageName, type PageAnalysis, type RequestOf, type ResponseOf } from './messages';
import { fail, ok, type Result } from './result';
import type { PolicyAnnotation } from '../core/annotation/model';
import { documentKey, keepNewest, KEYS, MAX_PANEL_SITES, STORAGE_QUOTA_BYTES, STORAGE_WARN_SHARE, unwrap, wrap } from './storage-keys';

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  getBytesInUse?(keys?: string | null): Promise<number>;
}
type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | void;
interface ApiLike {
  runtime: {
    sendMessage: (message: unknown) => Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  storage: { local: StorageAreaLike };
}

function api(): ApiLike {
  const g = globalThis as unknown as { browser?: ApiLike; chrome?: ApiLike };
  const found = g.browser?.runtime ? g.browser : g.chrome;
  if (!found?.runtime) throw new Error('extension runtime unavailable');
  return found;
}

export function t(key: string, substitutions?: string | string[]): string {
  return api().i18n.getMessage(key, substitutions) || key;
}

/** Handles messages sent to this tab (from the popup); a handler's failure comes back as a value. */
export function listenInContent(
  handlers: { [K in MessageName]?: (payload: RequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K> },
  signal: AbortSignal,
): void {
  const listener: Listener = (message, _sender, sendResponse) => {
    if (!isEnvelope(message)) return false;
    const handler = (handlers as Record<string, ((p: unknown) => unknown) | undefined>)[message.name];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(JSON.parse(message.json)))
      .then((value) => sendResponse(JSON.stringify(ok(value))), (e: unknown) => sendResponse(JSON.stringify(fail(e))));
    return true;
  };
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
    return unpackReply<ResponseOf<K>>(await api().runtime.sendMessage(pack(name, payload)));
  } catch (e) {
    // The extension was reloaded or the worker is gone: not the page's problem, so it comes back as a value.
    return fail(e);
  }
}

/** Size of one slice of page text on its way to the background: small enough to cost a few ms to send. */
export const TEXT_CHUNK_CHARS = 32_000;

/**
 * Sends a page's text to the background for analysis in slices, one message per task, so even a 300 000-
 * character policy never holds the page's main thread: one big message costs ~50 ms to copy in Chrome.
 */
export async function sendPolicyText(url: string, policyText: PolicyText, yieldToPage: () => Promise<void>): Promise<Result<PageAnalysis>> {
  const upload = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const chunks = Math.max(1, Math.ceil(policyText.text.length / TEXT_CHUNK_CHARS));
  for (let index = 0; index < chunks; index++) {
    const part = policyText.text.slice(index * TEXT_CHUNK_CHARS, (index + 1) * TEXT_CHUNK_CHARS);
    const sent = await sendFromContent('content/text-chunk', { upload, index, part });
    if (!sent.ok) return sent;
    await yieldToPage();
  }
  return sendFromContent('content/analyze', { url, upload, chunks, blocks: policyText.blocks });
}

/** The reader's annotations on one document. */
export async function loadAnnotations(url: string): Promise<PolicyAnnotation[]> {
  const all = unwrap(KEYS.annotations, (await api().storage.local.get(KEYS.annotations.key))[KEYS.annotations.key]);
  return (all[documentKey(url)] ?? []) as PolicyAnnotation[];
}

/**
 * Replaces the annotations of one document. Returns whether storage is getting full, so the page can say so
 * before the browser refuses a write.
 */
export async function saveAnnotations(url: string, annotations: PolicyAnnotation[]): Promise<{ nearlyFull: boolean }> {
  const local = api().storage.local;
  const all = { ...unwrap(KEYS.annotations, (await local.get(KEYS.annotations.key))[KEYS.annotations.key]) };
  if (annotations.length) all[documentKey(url)] = annotations;
  else delete all[documentKey(url)];
  await local.set({ [KEYS.annotations.key]: wrap(KEYS.annotations, all) });
  const used = (await local.getBytesInUse?.(null).catch(() => 0)) ?? 0;
  return { nearlyFull: used > STORAGE_QUOTA_BYTES * STORAGE_WARN_SHARE };
}
