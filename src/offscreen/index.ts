// Chrome's offscreen document: what the background service worker cannot do or should not carry. It reads the
// text of a watched policy (a DOMParser, which the worker has none of; scripts in a parsed document never run),
// and fetches it first (the fetcher's Public Suffix List stays out of the worker): see platform/watch-api.ts.
import { policyTextOf } from '../dom/policy-text-of';
import { fetchPolicyDocument } from '../platform/fetch-policy';
import { browser, listen } from '../platform/runtime';

listen(
  {
    'offscreen/extract': ({ body, kind }) => policyTextOf(body, kind),
    'offscreen/fetch': async ({ url }) => {
      const fetched = await fetchPolicyDocument(String(url));
      if (!fetched.ok) throw new Error(fetched.error);
      return fetched.value;
    },
  },
  undefined,
  // Only the extension's own background: a content script (whatever a page did to it) has a tab, and must not
  // have the extension fetch for it.
  (_name, sender) => sender.id === browser.runtime.id && sender.tab === undefined,
);
