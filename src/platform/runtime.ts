import browser from 'webextension-polyfill';
import { isEnvelope, type MessageName, type RequestOf, type ResponseOf } from './messages';
import { fail, ok, type Result } from './result';

export { browser };

export type Handlers = {
  [K in MessageName]?: (payload: RequestOf<K>, sender: browser.Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Sends a typed message from an extension page (popup, report) to the background. */
export async function send<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ name, payload })) as Result<ResponseOf<K>> | undefined;
    return reply ?? fail('no reply from the background');
  } catch (e) {
    return fail(e);
  }
}

/** Answers typed messages; a handler's exception becomes `{ok: false}` for the sender. */
export function listen(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as ((p: unknown, s: browser.Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then((value) => ok(value), (e: unknown) => fail(e));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
