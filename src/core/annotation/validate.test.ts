import { describe, expect, it } from 'vitest';
import { collection } from './model';
import { LIMITS, validateCollection } from './validate';

const good = collection(
  [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:1',
      type: 'Annotation',
      body: [{ type: 'TextualBody', value: 'Faceprints from user content', purpose: 'commenting' }, { type: 'TextualBody', value: 'biometrics', purpose: 'tagging' }],
      target: { source: 'https://example.com/privacy', selector: [{ type: 'TextQuoteSelector', exact: 'faceprints', prefix: 'such as ', suffix: ' and' }, { type: 'TextPositionSelector', start: 10, end: 20 }] },
      policyLens: { provenance: 'person', dataType: 'face', stance: 'affirmed' },
    },
  ],
  'test',
);

describe('validateCollection', () => {
  it('accepts a well-formed AnnotationCollection', () => {
    expect(validateCollection(JSON.stringify(good))).toMatchObject({ ok: true });
  });

  it('names every problem in a broken or hostile file', () => {
    expect(validateCollection('{not json')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not JSON/)] });
    const wrongTypes = JSON.parse(JSON.stringify(good));
    wrongTypes.first.items[0].target.selector[1].start = 'ten';
    wrongTypes.first.items[0].policyLens.dataType = 'shoe-size';
    const r = validateCollection(JSON.stringify(wrongTypes));
    expect(r.ok).toBe(false);
    expect((r as { problems: string[] }).problems.join('\n')).toMatch(/policyLens\/dataType/);
    const polluted = '{"type":"AnnotationCollection","items":[],"__proto__":{"admin":true}}';
    expect(validateCollection(polluted)).toMatchObject({ ok: false, problems: ['/__proto__: key not allowed'] });
    const huge = JSON.parse(JSON.stringify(good));
    huge.first.items[0].body[0].value = 'x'.repeat(LIMITS.text + 1);
    expect(validateCollection(JSON.stringify(huge)).ok).toBe(false);
    expect(validateCollection('x'.repeat(LIMITS.fileBytes + 1))).toMatchObject({ ok: false, problems: [expect.stringMatching(/larger/)] });
  });

  it('takes a single annotation or a bare list, as other tools export them', () => {
    const one = good.first!.items[0]!;
    expect(validateCollection(JSON.stringify(one))).toMatchObject({ ok: true, value: { type: 'AnnotationCollection', items: [one] } });
    expect(validateCollection(JSON.stringify([one, { ...one, id: 'urn:uuid:2' }]))).toMatchObject({ ok: true });
  });

  it('takes a thousand annotations, and refuses more than the limit', () => {
    const many = collection(Array.from({ length: 1000 }, (_, i) => ({ ...good.first!.items[0]!, id: `urn:uuid:${i}` })), 'many');
    expect(validateCollection(JSON.stringify(many)).ok).toBe(true);
    const tooMany = { type: 'AnnotationCollection', items: Array.from({ length: LIMITS.items + 1 }, (_, i) => ({ id: `a${i}`, type: 'Annotation', target: 'https://x' })) };
    expect(validateCollection(JSON.stringify(tooMany)).ok).toBe(false);
  });
});
