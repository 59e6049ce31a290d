import { describe, expect, it } from 'vitest';
import { foldCompatibility } from './fold';
import { classifyText } from './text';

const labels = (text: string) => classifyText(text).map((p) => `${p.type}|${p.stance}`).sort();

describe('foldCompatibility', () => {
  it('leaves plain text alone', () => {
    expect(foldCompatibility('We collect your fingerprint.')).toBeUndefined();
  });
  it('spells ligatures out and maps offsets back to the written text', () => {
    const raw = 'We scan your ﬁngerprint.';
    const folded = foldCompatibility(raw)!;
    expect(folded.text).toBe('We scan your fingerprint.');
    const start = folded.text.indexOf('fingerprint');
    const end = start + 'fingerprint'.length;
    expect(raw.slice(folded.startAt(start), folded.endAt(end))).toBe('ﬁngerprint');
    // Both halves of the ligature point at it.
    expect(folded.startAt(start + 1)).toBe(folded.startAt(start));
  });
  it('reads odd spaces as spaces, joiners as nothing and non-breaking hyphens as hyphens', () => {
    expect(foldCompatibility('precise\u00a0location')!.text).toBe('precise location');
    expect(foldCompatibility('voice\u2060print')!.text).toBe('voiceprint');
    expect(foldCompatibility('face\u2011geometry')!.text).toBe('face-geometry');
    expect(foldCompatibility('geo\u00adlocation')!.text).toBe('geolocation');
  });
  it('reads an Internet Protocol address as an IP address, its short form pointing at the long one', () => {
    const raw = 'We log your Internet Protocol ("IP") address.';
    const folded = foldCompatibility(raw)!;
    expect(folded.text).toBe('We log your IP address.');
    const start = folded.text.indexOf('IP address');
    expect(raw.slice(folded.startAt(start), folded.endAt(start + 'IP address'.length))).toBe('Internet Protocol ("IP") address');
    expect(classifyText('We estimate your city from your Internet Protocol address.').map((p) => p.type)).toEqual(['location.approximate']);
  });
  it('maps an end offset past a removed character to just after the character before it', () => {
    const raw = 'ab\u2060cd';
    const folded = foldCompatibility(raw)!;
    expect(folded.text).toBe('abcd');
    expect(raw.slice(folded.startAt(0), folded.endAt(2))).toBe('ab');
    expect(raw.slice(folded.startAt(2), folded.endAt(4))).toBe('cd');
  });
});

describe('claims in text from PDFs and typesetting', () => {
  it('reads a ligature as its letters, and the evidence is the written word', () => {
    expect(labels('We scan your ﬁngerprint at the door.')).toEqual(['biometric|affirmed']);
    expect(labels('We scan your badge at the door.')).toEqual([]);
    const [practice] = classifyText('We scan your ﬁngerprint at the door.');
    expect(practice!.evidence.map((e) => e.text).join(' ')).toContain('ﬁngerprint');
  });
  it('reads a no-break space as a space', () => {
    expect(labels('We collect your precise\u00a0location.')).toEqual(['location.precise|affirmed']);
    expect(labels('We collect your\u00a0location.')).toEqual(['location|affirmed']);
  });
});

describe('a word written in another spelling', () => {
  it('reads "geo-location" as "geolocation", and the evidence is the word as written', () => {
    expect(labels('We collect your precise geo-location.')).toEqual(['location.precise|affirmed']);
    expect(labels('Country (from IP geo-location, not GPS)')).toEqual(labels('Country (from IP geolocation, not GPS)'));
    const [practice] = classifyText('We collect your precise geo-location.');
    expect(practice!.evidence.map((e) => e.text).join(' ')).toContain('geo-location');
  });
  it('maps each letter back past the dropped hyphen', () => {
    const raw = 'a geo-location b';
    const folded = foldCompatibility(raw)!;
    expect(folded.text).toBe('a geolocation b');
    expect(raw.slice(folded.startAt(2), folded.endAt(13))).toBe('geo-location');
    expect(raw.slice(folded.startAt(14), folded.endAt(15))).toBe('b');
  });
  it('reads "co-ordinates" as "coordinates", not "co-operate"', () => {
    expect(labels('We collect the co-ordinates of your device.')).toEqual(['location.precise|affirmed']);
    expect(foldCompatibility('We co-operate with the police.')).toBeUndefined();
  });
  it('leaves a hyphen before another word', () => {
    expect(foldCompatibility('a geo-fence')).toBeUndefined();
  });
});

describe('a spelling folded after its characters are', () => {
  it('reads "geo‑location" with a non-breaking hyphen as "geolocation"', () => {
    expect(labels('We use IP geo\u2011location to show local content.')).toEqual(['location.approximate|affirmed']);
  });
});
