import { describe, expect, it } from 'vitest';
import { regionInUrl, regionNamedIn } from './regions';

describe('regionNamedIn', () => {
  it('reads the region a heading or lead line names', () => {
    expect(regionNamedIn('(If you are a user having your usual residence in the US)')).toBe('US');
    expect(regionNamedIn('EEA/UK/CH')).toBe('EEA/UK/CH');
    expect(regionNamedIn('If you live in the European Economic Area, the United Kingdom or Switzerland')).toBe('EEA/UK/CH');
    expect(regionNamedIn('Supplemental notice for California residents')).toBe('US-CA');
    expect(regionNamedIn('(If you are not in the US, EEA, the United Kingdom or Switzerland)')).toBe('ROW');
    expect(regionNamedIn('Other regions')).toBe('ROW');
    expect(regionNamedIn('Japan')).toBe('JP');
  });

  it('does not take the pronoun "us" or a transfer abroad for a region', () => {
    expect(regionNamedIn('Contact us')).toBeUndefined();
    expect(regionNamedIn('Tell us what you think')).toBeUndefined();
    expect(regionNamedIn('We may transfer your data outside the EEA')).toBe('EEA');
  });
});

describe('regionInUrl', () => {
  it('reads path and query tokens', () => {
    expect(regionInUrl('https://www.tiktok.com/legal/page/us/privacy-policy/en')).toBe('US');
    expect(regionInUrl('https://www.tiktok.com/legal/page/eea/privacy-policy/en')).toBe('EEA');
    expect(regionInUrl('https://www.tiktok.com/legal/page/row/privacy-policy/en')).toBe('ROW');
    expect(regionInUrl('https://example.com/legal/privacy-policy-eea')).toBe('EEA');
    expect(regionInUrl('https://policies.google.com/privacy?gl=us&hl=en')).toBe('US');
    expect(regionInUrl('https://privacy.microsoft.com/en-gb/privacystatement')).toBe('UK');
    expect(regionInUrl('https://example.com/privacy?region=ca')).toBe('CA');
  });

  it('says nothing for an address without a region, or a bad one', () => {
    expect(regionInUrl('https://example.com/legal/privacy')).toBeUndefined();
    expect(regionInUrl('https://example.com/campus/privacy')).toBeUndefined();
    expect(regionInUrl('not a url')).toBeUndefined();
  });
});
