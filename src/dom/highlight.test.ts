// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPolicyText } from './extract';
import { OwnHighlights, rangeFor, setHighlights } from './highlight';

function setup(html: string) {
  document.body.innerHTML = html;
  const { policyText, spans } = extractPolicyText(document.body, { withSpans: true });
  const range = (needle: string) => {
    const start = policyText.text.indexOf(needle);
    expect(start, `"${needle}" in extracted text`).toBeGreaterThanOrEqual(0);
    return rangeFor(document, spans, start, start + needle.length);
  };
  return { policyText, range };
}

describe('rangeFor', () => {
  it('covers text split across inline elements', () => {
    const { range } = setup('<p>We may collect <em>face</em><strong>prints</strong> from <a href="#">your videos</a>.</p>');
    expect(range('faceprints from your videos')!.toString()).toBe('faceprints from your videos');
  });

  it('maps collapsed whitespace back to the raw text', () => {
    const { range } = setup('<p>We   collect\n\n   your   precise\tlocation.</p>');
    expect(range('your precise location')!.toString()).toBe('your   precise\tlocation');
  });

  it('works in list items and table cells', () => {
    const { range } = setup('<ul><li>voice recordings when you speak</li></ul><table><tr><td>Biometric information</td><td>Collected</td></tr></table>');
    expect(range('voice recordings')!.toString()).toBe('voice recordings');
    expect(range('Biometric information')!.toString()).toBe('Biometric information');
  });

  it('includes text in collapsed (inline display:none) parts, and never text the walk skipped', () => {
    const { policyText, range } = setup(
      '<div style="display:none"><p>hidden GPS sentence</p></div><p hidden>skipped faceprints</p><script>var gps = 1;</script>',
    );
    expect(range('hidden GPS sentence')!.toString()).toBe('hidden GPS sentence');
    expect(policyText.text).not.toContain('skipped');
    expect(policyText.text).not.toContain('var gps');
  });

  it('spans several blocks, and returns null for nothing or for nodes that left the page', () => {
    const { policyText, range } = setup('<h2>Location</h2><p>We collect GPS.</p>');
    const whole = rangeFor(document, extractPolicyText(document.body, { withSpans: true }).spans, 0, policyText.text.length)!;
    expect(whole.toString()).toBe('LocationWe collect GPS.');
    const r = range('GPS');
    expect(r).not.toBeNull();
    const { spans } = extractPolicyText(document.body, { withSpans: true });
    document.body.innerHTML = '';
    expect(rangeFor(document, spans, 0, 5)).toBeNull();
    expect(rangeFor(document, spans, 5, 5)).toBeNull();
  });
});

describe('OwnHighlights', () => {
  const fakeApi = () => {
    const store = new Map<string, Set<Range>>();
    const api = {
      registry: {
        set: (n: string, h: unknown) => store.set(n, h as Set<Range>),
        delete: (n: string) => store.delete(n),
        has: (n: string) => store.has(n),
        get: (n: string) => store.get(n),
      },
      create: (r: Range[]) => new Set(r),
    };
    return { store, api };
  };

  it('sets each named group and deletes the empty ones', () => {
    const { store, api } = fakeApi();
    const own = new OwnHighlights(api);
    store.set('pl-voice', new Set());
    const r = {} as Range;
    setHighlights(own, new Map([['pl-face', [r]]]), ['pl-face', 'pl-voice']);
    expect([...store.keys()]).toEqual(['pl-face']);
  });

  it('puts back what the page deleted, replaced or added to; leaves intact ones alone', () => {
    const { store, api } = fakeApi();
    const own = new OwnHighlights(api);
    const [a, b, c] = [{} as Range, {} as Range, {} as Range];
    own.set('x-note', [a]);
    own.set('x-face', [b]);
    own.set('x-voice', [c]);
    expect(own.verify()).toBe(0);
    store.delete('x-note'); // deleted
    store.set('x-face', new Set([{} as Range])); // replaced by the page's own
    store.get('x-voice')!.add({} as Range); // our colours painted on other text
    expect(own.verify()).toBe(3);
    expect([...store.get('x-note')!]).toEqual([a]);
    expect([...store.get('x-face')!]).toEqual([b]);
    expect([...store.get('x-voice')!]).toEqual([c]);
    expect(own.verify()).toBe(0);
  });
});
