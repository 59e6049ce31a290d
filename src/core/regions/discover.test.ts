import { describe, expect, it } from 'vitest';
import { discoverVariants, regionOfHreflang } from './discover';
import { registryEntryFor } from './registry';

const link = (href: string, text = '', rel = '', hreflang = '') => ({ href, text, rel, hreflang });

describe('discoverVariants', () => {
  it('lists the page itself, its parts, hreflang alternates, region links and registry entries, once each', () => {
    const variants = discoverVariants({
      url: 'https://www.tiktok.com/legal/page/us/privacy-policy/en',
      inPage: [{ region: 'US-CA', label: 'Supplemental notice for California residents' }],
      links: [
        link('https://www.tiktok.com/legal/page/eea/privacy-policy/en', '', 'alternate', 'en-IE'),
        link('https://www.tiktok.com/legal/page/row/privacy-policy/en', 'Other regions'),
        link('https://www.tiktok.com/legal/page/us/privacy-policy/en', 'United States'),
        link('https://www.tiktok.com/about', 'About TikTok in the United States'),
        link('https://www.tiktok.com/legal/page/us/terms-of-service/en', 'Terms'),
      ],
    });
    expect(variants.map((v) => [v.region, v.source])).toEqual([
      ['US', 'this-page'],
      ['US-CA', 'in-page'],
      ['EEA', 'hreflang'],
      ['ROW', 'link'],
    ]);
  });

  it('adds the registry versions for a known service when the page links to none', () => {
    const variants = discoverVariants({ url: 'https://www.whatsapp.com/legal/privacy-policy', inPage: [], links: [] });
    expect(variants.map((v) => [v.region, v.source, v.url])).toEqual([
      ['this page', 'this-page', 'https://www.whatsapp.com/legal/privacy-policy'],
      ['EEA', 'registry', 'https://www.whatsapp.com/legal/privacy-policy-eea'],
    ]);
  });
});

describe('regionOfHreflang and the registry', () => {
  it('maps language-country tags to regions', () => {
    expect(regionOfHreflang('en-US')).toBe('US');
    expect(regionOfHreflang('en-GB')).toBe('UK');
    expect(regionOfHreflang('de-DE')).toBe('EEA');
    expect(regionOfHreflang('ja-JP')).toBe('JP');
    expect(regionOfHreflang('x-default')).toBe('default');
    expect(regionOfHreflang('en')).toBeUndefined();
  });

  it('knows the services the design names, by host and subdomain', () => {
    const hosts = [
      'tiktok.com', 'facebook.com', 'instagram.com', 'snapchat.com', 'policies.google.com', 'privacy.microsoft.com',
      'x.com', 'linkedin.com', 'whatsapp.com', 'temu.com', 'us.shein.com',
    ];
    for (const host of hosts) {
      expect(registryEntryFor(`https://${host}/privacy`), host).toBeDefined();
    }
    expect(registryEntryFor('https://example.com/privacy')).toBeUndefined();
    expect(registryEntryFor('https://notfacebook.com/privacy')).toBeUndefined();
  });
});
