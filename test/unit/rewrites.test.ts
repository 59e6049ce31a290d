import { describe, expect, it } from 'vitest';
import { REWRITES } from '../../scripts/rewrites';
import { classifyText } from '../../src/core/nlp/text';

const rewrite = (name: string) => REWRITES.find((r) => r.name === name)!.apply;
const claims = (text: string) =>
  classifyText(text)
    .map((p) => `${p.type}|${p.stance}`)
    .sort();

describe('rewrites that keep a sentence\'s labels', () => {
  it('opens prose with a connective, the first word in lower case unless it is a name', () => {
    expect(rewrite('in-addition')('We collect your precise location when you order.')).toBe('In addition, we collect your precise location when you order.');
    expect(rewrite('for-example')('Google Maps shows your location on a map.')).toBe('For example, Google Maps shows your location on a map.');
    // Not a heading or a label, which a connective would make a sentence.
    expect(rewrite('please-note')('How We Use Your Location')).toBeUndefined();
  });
  it('keeps a title\'s case when it changes a verb', () => {
    expect(rewrite('gather')('What Face Data We Collect')).toBe('What Face Data We Gather');
    expect(rewrite('gather')('Location is collected and used.')).toBe('Location is gathered and used.');
  });
  it('agrees the verb with a named subject, and leaves a sentence it cannot agree', () => {
    expect(rewrite('named-subject')("We don't collect voiceprints.")).toBe("Acme doesn't collect voiceprints.");
    expect(rewrite('named-subject')('We believe in privacy.')).toBeUndefined();
  });
  it('writes contractions, typographic marks, no-break spaces, British spellings and a spelling with a hyphen', () => {
    expect(rewrite('contraction')('We do not and will not sell it.')).toBe("We don't and won't sell it.");
    expect(rewrite('typographic')('We call it "face data" and it\'s yours.')).toBe('We call it \u201cface data\u201d and it\u2019s yours.');
    expect(rewrite('no-break-space')('a b')).toBe('a\u00a0b');
    expect(rewrite('british')('We recognize faces at the center.')).toBe('We recognise faces at the centre.');
    expect(rewrite('geo-location')('Geolocation and geolocation data.')).toBe('Geo-location and geo-location data.');
    expect(rewrite('such-as')('Data, including GPS.')).toBe('Data, such as GPS.');
    expect(rewrite('including')('Data such as GPS.')).toBe('Data including GPS.');
    expect(rewrite('may')('Where we collect GPS data, we use it.')).toBe('Where we may collect GPS data, we use it.');
  });
  it('returns undefined where a rewrite finds nothing to change', () => {
    for (const r of REWRITES.filter((x) => !['in-addition', 'for-example', 'please-note'].includes(x.name))) {
      expect(r.apply('Hi.'), r.name).toBeUndefined();
    }
  });
});

describe('the analyzer reads a rewritten sentence as it reads the sentence', () => {
  // Sentences written for this test, one per kind of reading a rewrite has broken before (a definition, a run-in list
  // denied, a hedge, a scope statement).
  const sentences = [
    'Biometric data includes a scan of face geometry, however it is captured.',
    'We do not collect: email addresses, precise location or photos.',
    'We do not generally collect biometric data.',
    'This notice explains how we collect and use your voice recordings.',
    'We collect your name and city when you register.',
    'Precise geolocation is information that locates a device within 500 metres.',
  ];
  for (const r of REWRITES) {
    it(r.name, () => {
      for (const s of sentences) {
        const text = r.apply(s);
        if (text !== undefined) expect(claims(text), text).toEqual(claims(s));
      }
    });
  }
});
