/**
 * Which addresses the extension fetches at all, apart from fetching itself (fetch-policy.ts): the background checks
 * a new watched address with this at once, without loading the Public Suffix List that fetching carries.
 */
import type { Result } from './result';

/**
 * Whether an address may be fetched at all; its user name and password are dropped (a link's credentials are
 * not the reader's to send, and must not be stored or shown).
 */
export function fetchableUrl(url: string): Result<URL> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, error: 'not a valid address' };
  }
  u.username = '';
  u.password = '';
  const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
  if (u.protocol === 'https:' || (u.protocol === 'http:' && local)) return { ok: true, value: u };
  return { ok: false, error: 'only https addresses can be fetched' };
}
