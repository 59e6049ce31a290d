import type { MessageName, RequestOf, ResponseOf } from './messages';
import { fail, type Result } from './result';

/**
 * Sending from a content script without webextension-polyfill: the script injected into every page must stay
 * small, and both Chrome MV3 (`chrome`) and Firefox (`browser`) return promises from `runtime.sendMessage`.
 */
type RuntimeLike = { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };

function runtime(): RuntimeLike['runtime'] {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser?.runtime ?? g.chrome?.runtime;
  if (!api) throw new Error('extension runtime unavailable');
  return api;
}

export async function sendFromContent<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    const reply = (await runtime().sendMessage({ name, payload })) as Result<ResponseOf<K>> | undefined;
    return reply ?? fail('no reply');
  } catch (e) {
    // The extension was reloaded or the worker is gone: not the page's problem, so it comes back as a value.
    return fail(e);
  }
}
