import { describe, expect, it } from 'vitest';
import { collection } from './model';
import { LIMITS, validateCollection } from './validate';

const good = collection(
  [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:1',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', value: 'Faceprints from user content', purpose: 'commenting' },
        { type: 'TextualBody', value: 'biometrics', purpose: 'tagging' },
      ],
      target: {
        source: 'https://example.com/privacy',
        selector: [
          { type: 'TextQuoteSelector', exact: 'faceprints', prefix: 'such as ', suffix: ' and' },
          { type: 'TextPositionSelector', start: 10, end: 20 },
        ],
      },
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
    const tooMany = {
      type: 'AnnotationCollection',
      items: Array.from({ length: LIMITS.items + 1 }, (_, i) => ({
        id: `a${i}`,
        type: 'Annotation',
        target: 'https://x',
      })),
    };
    expect(validateCollection(JSON.stringify(tooMany)).ok).toBe(false);
  });
});

describe('validateCollection: what the schema cannot say (the CLI and the popup agree)', () => {
  const one = () => JSON.parse(JSON.stringify(good.first!.items[0]!));
  const problemsOf = (items: unknown[]) => {
    const r = validateCollection(JSON.stringify({ type: 'AnnotationCollection', items }));
    return r.ok ? [] : r.problems;
  };

  it('refuses targets that are not web addresses, such as "toString" and "__proto__" (they used to throw on import)', () => {
    expect(problemsOf([{ ...one(), target: 'toString' }])).toEqual(['/items/0/target: not an http(s) address']);
    expect(
      problemsOf([{ ...one(), target: { source: '__proto__', selector: { type: 'TextQuoteSelector', exact: 'x' } } }]),
    ).toEqual(['/items/0/target: not an http(s) address']);
    expect(problemsOf([{ ...one(), target: 'https://example.com/privacy' }])).toEqual([]);
  });

  it('refuses duplicate ids, ids that are not IRIs, and dates that do not parse', () => {
    expect(problemsOf([one(), one()])).toEqual(['/items/1/id: duplicate id urn:uuid:1']);
    expect(problemsOf([{ ...one(), id: 'my note' }])).toEqual(['/items/0/id: not an IRI (such as urn:uuid:… or https://…)']);
    expect(problemsOf([{ ...one(), modified: 'yesterday' }])).toEqual(['/items/0/modified: not a date']);
    expect(problemsOf([{ ...one(), created: '2026-01-01T00:00:00Z', modified: '2026-02-01' }])).toEqual([]);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(validateCollection(`\uFEFF${JSON.stringify(good)}`).ok).toBe(true);
  });

  it('names the place inside a paged collection', () => {
    const paged = collection([{ ...good.first!.items[0]!, id: 'nope' }], 'x');
    expect(validateCollection(JSON.stringify(paged))).toMatchObject({
      ok: false,
      problems: ['/first/items/0/id: not an IRI (such as urn:uuid:… or https://…)'],
    });
  });
});
