import { describe, expect, it } from 'vitest';
import { regionOf } from '../nlp/classify';
import { REGIONS, regionInUrl, regionNamedIn, scopeOfRegion } from './regions';

describe('regionNamedIn', () => {
  it('reads the region a heading or lead line names', () => {
    expect(regionNamedIn('(If you are a user having your usual residence in the US)')).toBe('US');
    expect(regionNamedIn('EEA/UK/CH')).toBe('EEA/UK/CH');
    expect(regionNamedIn('If you live in the European Economic Area, the United Kingdom or Switzerland'))
      .toBe('EEA/UK/CH');
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

/** Each row of the one region table with a text that names it and one that does not (house rule 6). */
const REGION_EXAMPLES: Record<string, [string, string]> = {
  'EEA/UK/CH': ['For users in the EEA, the UK and Switzerland', 'For users in the EEA'],
  EEA: ['If you live in the European Economic Area', 'Our EU-US Data Privacy Framework certification'],
  UK: ['Residents of the United Kingdom', 'Residents of Ukraine'],
  CH: ['Users in Switzerland', 'Users in Sweden'],
  'US-CA': ['Notice for California residents', 'Notice for Calgary residents'],
  'US-state': ['Your US state privacy rights', 'The state of your account'],
  US: ['Users in the United States', 'Contact us'],
  CA: ['Users in Canada', 'Users in Cameroon'],
  BR: ['Users in Brazil', 'Users in Bermuda'],
  IN: ['Users in India', 'Users in Indiana'],
  JP: ['Users in Japan', 'Users in Jamaica'],
  KR: ['Users in Korea', 'Users in Kenya'],
  AU: ['Users in Australia', 'Users in Austria'],
  ROW: ['Users in other regions', 'Users in the region'],
};

describe('the region table', () => {
  for (const r of REGIONS) {
    it(`${r.id} is named by its example and not by its counterexample`, () => {
      const pair = REGION_EXAMPLES[r.id];
      expect(pair, `examples for ${r.id}`).toBeDefined();
      expect(regionNamedIn(pair![0])).toBe(r.id);
      expect(regionNamedIn(pair![1])).not.toBe(r.id);
    });
  }
  it('has no stale examples', () =>
    expect(Object.keys(REGION_EXAMPLES).sort()).toEqual(REGIONS.map((r) => r.id).sort()));
  it('serves the analyzer: a scope per region, and page-name words only outside statements', () => {
    expect(scopeOfRegion('US-CA')).toBe('US-state');
    expect(scopeOfRegion('JP')).toBe('other');
    expect(regionNamedIn('Global privacy policy')).toBe('ROW');
    expect(regionNamedIn('Global privacy policy', { statement: true })).toBeUndefined();
    expect(regionOf('If you are a California resident, we collect your precise location.', true)).toBe('US-state');
    expect(regionOf('We collect your precise location in California.', true)).toBeUndefined();
    expect(regionOf('Supplemental notice for EEA/UK/CH users', false)).toBe('EEA/UK/CH');
  });
});
