import { describe, expect, it } from 'vitest';
import type { Variant } from './discover';
import { preselect } from './preselect';

const page = 'https://www.example.com/legal/privacy';
const link = (region: string, url: string, source: Variant['source'] = 'link', label = 'Privacy'): Variant =>
  ({ region, url, source, label });

describe('preselect', () => {
  it('ticks same-site versions that name a region (example)', () => {
    expect(preselect(link('EEA', 'https://www.example.com/legal/privacy-eea'), page)).toEqual({ include: true });
    expect(preselect(link('US', 'https://help.example.com/privacy/us'), page)).toEqual({ include: true });
  });

  it('never ticks a policy on another site (counterexample)', () => {
    expect(
      preselect(link('US', 'https://payments.example.net/privacy/us'), page),
    ).toEqual({ include: false, why: 'other-site' });
  });

  it('never ticks a link to a part of the same page', () => {
    expect(
      preselect(link('US', 'https://www.example.com/legal/privacy#contactus'), page),
    ).toEqual({ include: false, why: 'same-page-part' });
  });

  it('never ticks language versions presented as regions', () => {
    expect(
      preselect(link('pt_BR', 'https://www.example.com/legal/privacy?lang=pt_BR'), page).why,
    ).toBe('language-version');
    expect(preselect(link('zh_Hant', 'https://www.example.com/zh_Hant/privacy'), page).why).toBe('language-version');
    expect(
      preselect(link('default', 'https://www.example.com/privacy', 'hreflang', 'alternate (x-default)'), page).why,
    ).toBe('language-version');
    expect(
      preselect(link('BR', 'https://www.example.com/br/privacy', 'hreflang', 'alternate (pt-BR)'), page).why,
    ).toBe('language-version');
    expect(
      preselect(link('UK', 'https://www.example.com/uk/privacy', 'hreflang', 'alternate (en-GB)'), page),
    ).toEqual({ include: true });
    expect(
      preselect(
        link('BR', 'https://www.example.com/legal/privacy?lang=pt_BR', 'link', 'Privacy policy (pt_BR)'),
        page,
      ).why,
    ).toBe('language-version');
    expect(
      preselect(link('US', 'https://www.example.com/en-us/privacy', 'link', 'Privacy'), page),
    ).toEqual({ include: true });
  });

  it('ticks the page itself, its parts, the registry and what the reader added', () => {
    for (const source of ['this-page', 'in-page', 'registry', 'user'] as const) {
      expect(preselect(link('US', 'https://other.org/x', source), page).include).toBe(true);
    }
  });
});
