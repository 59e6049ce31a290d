import { describe, expect, it } from 'vitest';
import { policyOf } from '../../../scripts/pathological';
import { analyzePolicy } from './analyze';

/** Issue 9, item 4: each summary cell names the claim it stands on, so the reader can be shown a quote that agrees. */
describe('summary basis', () => {
  const a = analyzePolicy(
    policyOf([
      'We do not collect your precise location.',
      'Biometric Information',
      'If you turn on unlock by face, we create a face template to recognise you.',
      'We record your voice commands when you use voice search.',
      'We keep voiceprints of callers to verify them.',
      'We do not collect fingerprints.',
    ]),
  );
  it('points at a practice of that type whose stance the summary reports', () => {
    for (const [type, index] of Object.entries(a.basis)) {
      const p = a.practices[index!]!;
      expect(p.type).toBe(type);
      const value = a.summary[type as keyof typeof a.summary];
      expect(value === 'denies' ? p.stance === 'denied' : p.stance === 'affirmed').toBe(true);
      if (value === 'collects') expect(p.conditional).toBeFalsy();
      if (value === 'may-collect') expect(p.conditional).toBe(true);
    }
  });
  it('stands on the strongest claim, not the first mention', () => {
    expect(a.summary.voice).toBe('collects');
    expect(a.practices[a.basis.voice!]!.sentence).toMatch(/voice commands|voiceprints/);
    expect(a.summary['location.precise']).toBe('denies');
    expect(a.practices[a.basis['location.precise']!]!.stance).toBe('denied');
    expect(a.basis.biometric).toBe(a.practices.findIndex((p) => p.type === 'biometric'));
    expect(a.practices[a.basis.biometric!]!.sentence).toBe('We do not collect fingerprints.');
  });
  it('has no basis for silent types, and identifier cells stand on identifiers', () => {
    expect(a.summary['location.approximate']).toBe('silent');
    expect(a.basis['location.approximate']).toBeUndefined();
    expect(a.identifiers.voice).toBe('collects');
    expect(a.practices[a.identifierBasis.voice!]!.identifier).toBe(true);
    expect(a.practices[a.identifierBasis.voice!]!.sentence).toMatch(/voiceprints/);
    expect(a.identifiers.face).toBe('may-collect');
    expect(a.practices[a.identifierBasis.face!]!.conditional).toBe(true);
  });
});

describe('a following sentence that keeps the data on the device', () => {
  it('turns the document\'s claim into a denial, on device', () => {
    const a = analyzePolicy(policyOf(['We create a faceprint to unlock the app. This data never leaves your device.']));
    expect(a.summary.face).toBe('denies');
    expect(a.identifiers.face).toBe('denies');
    expect(a.practices[0]!.flow).toBe('on-device');
  });
});
