/**
 * Loads a module the extension ships as a web-accessible resource, from a content script. Only used on pages
 * detected as policies, so the script injected into every page stays small. The resource is declared with
 * `use_dynamic_url`, so pages cannot probe for the extension by a fixed URL.
 */
type RuntimeLike = { runtime: { getURL: (path: string) => string } };

export async function importExtensionModule<T>(path: string): Promise<T> {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser?.runtime ?? g.chrome?.runtime;
  if (!api) throw new Error('extension runtime unavailable');
  return (await import(/* @vite-ignore */ api.getURL(path))) as T;
}
