// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPolicyText } from './extract';
import { rangeFor, setHighlights } from './highlight';

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
    const { policyText, range } = setup('<div style="display:none"><p>hidden GPS sentence</p></div><p hidden>skipped faceprints</p><script>var gps = 1;</script>');
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

describe('setHighlights', () => {
  it('sets each named group and deletes the empty ones', () => {
    const store = new Map<string, unknown>();
    const api = { registry: { set: (n: string, h: unknown) => store.set(n, h), delete: (n: string) => store.delete(n), has: (n: string) => store.has(n) }, create: (r: Range[]) => r };
    const r = document.createRange();
    store.set('pl-voice', 'stale');
    setHighlights(api, 'pl-', new Map([['face', [r]]]), ['face', 'voice']);
    expect(store.get('pl-face')).toEqual([r]);
    expect(store.has('pl-voice')).toBe(false);
  });
});
