import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPLANATIONS, explanationFor } from './explanations';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

describe('explanations', () => {
  it('has English wording and at least one legal source with an https URL for every entry', () => {
    for (const e of Object.values(EXPLANATIONS)) {
      expect(messages[e.messageId]?.message, e.messageId).toBeTruthy();
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('splits face and voice by identifier, and maps every type', () => {
    expect(explanationFor({ type: 'face', identifier: true }).key).toBe('face-identifier');
    expect(explanationFor({ type: 'face', identifier: false }).key).toBe('face-detection');
    expect(explanationFor({ type: 'voice', identifier: true }).key).toBe('voice-identifier');
    expect(explanationFor({ type: 'voice' }).key).toBe('voice-recording');
    expect(explanationFor({ type: 'biometric' }).key).toBe('biometric');
    expect(explanationFor({ type: 'location.precise' }).key).toBe('location-precise');
    expect(explanationFor({ type: 'location.approximate' }).key).toBe('location-approximate');
    expect(explanationFor({ type: 'location' }).key).toBe('location');
  });

  it('names BIPA and GDPR Art. 9 for faceprints, as the one-line explanation says', () => {
    const e = explanationFor({ type: 'face', identifier: true });
    expect(messages[e.messageId]!.message).toMatch(/BIPA.*GDPR Art\. 9/);
    expect(e.sources.map((s) => s.label).join(' ')).toMatch(/Biometric Information Privacy Act.*GDPR Art\. 9/);
  });
});
