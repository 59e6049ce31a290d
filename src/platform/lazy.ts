/**
 * Loads a module the extension ships as a web-accessible resource, from a content script. Only used on pages
 * detected as policies, so the script injected into every page stays small. The resource is declared with
 * `use_dynamic_url`, so pages cannot probe for the extension by a fixed URL.
 */
import { extensionGlobal } from './extension-global';

export async function importExtensionModule<T>(path: string): Promise<T> {
  return (await import(/* @vite-ignore */ extensionGlobal().runtime.getURL(path))) as T;
}
