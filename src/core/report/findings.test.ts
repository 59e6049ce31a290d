import { describe, expect, it } from 'vitest';
import type { Practice } from '../nlp/types';
import { cellBasis, oneFindingPerSentence } from './findings';

const practice = (over: Partial<Practice>): Practice => ({
  type: 'face',
  stance: 'affirmed',
  conditions: [],
  action: 'collect',
  modality: 'will',
  actor: 'first-party',
  purposes: [],
  evidence: [],
  start: 0,
  end: 10,
  sentence: 'We collect faceprints and face geometry.',
  section: '',
  ...over,
});

describe('oneFindingPerSentence', () => {
  it('merges the findings of one sentence and type, keeping all evidence', () => {
    const out = oneFindingPerSentence([
      practice({ evidence: [{ text: 'faceprints', start: 11, end: 21 }] }),
      practice({ evidence: [{ text: 'face geometry', start: 26, end: 39 }], identifier: true }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence.map((e) => e.text)).toEqual(['faceprints', 'face geometry']);
    expect(out[0]!.identifier).toBe(true);
  });

  it('counts a sentence the policy repeats word for word in another section once', () => {
    expect(oneFindingPerSentence([practice({}), practice({ start: 500, end: 540 })])).toHaveLength(1);
  });

  it('keeps other types and other sentences apart (counterexample)', () => {
    const out = oneFindingPerSentence([practice({}), practice({ type: 'voice' }), practice({ start: 50, end: 60, sentence: 'We scan faces.' })]);
    expect(out).toHaveLength(3);
  });

  it('keeps the strongest stance of the sentence', () => {
    const out = oneFindingPerSentence([
      practice({ stance: 'denied' }),
      practice({ conditional: true, conditions: [{ kind: 'consent', text: 'with consent' }] }),
    ]);
    expect(out[0]!.stance).toBe('affirmed');
  });
});

describe('cellBasis', () => {
  const denied = practice({ stance: 'denied', start: 0, end: 30, sentence: 'We do not collect precise location.' });
  const legacy = practice({
    start: 40,
    end: 80,
    sentence: 'Older app versions may collect such data.',
    conditional: true,
    conditions: [{ kind: 'app-version', text: 'older app versions' }],
  });

  it('quotes a sentence with the cell’s stance and names the weaker contrary one', () => {
    const b = cellBasis({ practices: [legacy, denied], summary: { face: 'denies' } as never }, 'face');
    expect(b?.practice).toBe(denied);
    expect(b?.contrary).toEqual({ stance: 'affirmed', conditions: ['app-version'] });
  });

  it('uses the analyzer’s basis when it matches the value, else the first matching practice', () => {
    const other = practice({ stance: 'denied', start: 90, end: 99 });
    expect(cellBasis({ practices: [denied, other], summary: { face: 'denies' } as never, basis: { face: 1 } }, 'face')?.practice).toBe(other);
    expect(cellBasis({ practices: [legacy, denied], summary: { face: 'denies' } as never, basis: { face: 0 } }, 'face')?.practice).toBe(denied);
  });

  it('has nothing for a silent cell (counterexample)', () => {
    expect(cellBasis({ practices: [], summary: { face: 'silent' } as never }, 'face')).toBeUndefined();
  });
});
