// Chrome's offscreen document: a DOMParser for the background service worker, which has none. It reads the text
// of a watched policy the background fetched (see platform/watch-api.ts); scripts in a parsed document never run.
import { policyTextOf } from '../dom/policy-text-of';
import { listen } from '../platform/runtime';

listen({ 'offscreen/extract': ({ body, kind }) => policyTextOf(body, kind) });
