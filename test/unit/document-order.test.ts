// The reader's document-order stage on real extraction: list items come as blocks of their own (no "- " in the
// text), a heading as a heading, so the lead-in and the recordings are read from the page's structure.
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../src/core/nlp';
import { extractPolicyText } from '../../src/dom/extract';
import { htmlDocument } from './fixtures';

const practicesOf = (body: string) => {
  const { policyText } = extractPolicyText(htmlDocument(`<html><body><main>${body}</main></body></html>`).body);
  return analyzePolicy(policyText).practices.map((p) => ({ type: p.type, stance: p.stance, text: p.evidence[0]?.text }));
};

describe('a lead-in that denies, on a page', () => {
  it('turns the items of its list into denials', () => {
    const found = practicesOf(
      '<h1>Privacy policy</h1><p>We do not collect:</p><ul><li>Your precise location</li><li>Voice recordings</li></ul>' +
        '<p>We collect your approximate location from your IP address.</p>',
    );
    expect(found).toContainEqual({ type: 'location.precise', stance: 'denied', text: 'precise location' });
    expect(found.find((p) => p.type === 'voice')?.stance).toBe('denied');
    expect(found.find((p) => p.type === 'location.approximate')?.stance).toBe('affirmed');
  });
  it('leaves a list under a lead-in that collects as it is', () => {
    const found = practicesOf('<h1>Privacy policy</h1><p>We collect:</p><ul><li>Your precise location</li><li>Voice recordings</li></ul>');
    expect(found.map((p) => p.stance)).toEqual(['affirmed', 'affirmed']);
  });
});

describe('recordings named back, on a page', () => {
  it('reads the bare recordings of a call-recording notice as speech, highlighting the page\'s word', () => {
    const found = practicesOf('<h1>Call recording notice</h1><p>We record telephone calls to our helpline.</p><p>Recordings are kept for 90 days.</p>');
    expect(found.filter((p) => p.type === 'voice').map((p) => p.text)).toEqual(['record telephone calls', 'Recordings']);
  });
  it('not once the page has turned to its cameras', () => {
    const found = practicesOf(
      '<h1>Privacy notice</h1><p>We record telephone calls to our helpline.</p><h2>CCTV</h2><p>Our premises are monitored by cameras.</p>' +
        '<p>Recordings are kept for 31 days.</p>',
    );
    expect(found.filter((p) => p.type === 'voice').map((p) => p.text)).toEqual(['record telephone calls']);
  });
});
