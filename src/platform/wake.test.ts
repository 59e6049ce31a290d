import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { claimWake, wakeInPage } from './wake';

/**
 * `wakeInPage` as the browser runs it: from its source text alone, in a world of its own whose global is `scope`
 * (the content script's world), with nothing of this module in scope.
 */
const runSerialized = (scope: object) => runInNewContext(`(${wakeInPage.toString()})()`, scope) as string;

describe('the wake', () => {
  it('claims once: a second copy of the script on the same page stops', () => {
    const scope = {};
    expect(claimWake(scope, vi.fn())).toBe(true);
    expect(claimWake(scope, vi.fn())).toBe(false);
    expect(Object.keys(scope)).toEqual([]); // a symbol key: not a name markup can shadow
  });

  it('calls the function the script left, from its source text alone', () => {
    const wake = vi.fn();
    const scope = { document: { readyState: 'complete' } };
    claimWake(scope, wake);
    expect(runSerialized(scope)).toBe('woken');
    expect(wake).toHaveBeenCalledOnce();
  });

  it('says whether the script is absent from a loaded page or the page is still loading', () => {
    expect(runSerialized({ document: { readyState: 'complete' } })).toBe('absent');
    expect(runSerialized({ document: { readyState: 'interactive' } })).toBe('loading');
    // A page-visible string name is not the key: only the symbol counts.
    expect(runSerialized({ document: { readyState: 'complete' }, 'policy-lens/wake': () => 0 })).toBe('absent');
  });
});
