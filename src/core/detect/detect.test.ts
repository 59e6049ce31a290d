import { describe, expect, it } from 'vitest';
import { detectPage, titleSegments } from './index';
import { nameKind } from './detect';
import type { PageSignals } from './types';

const base: PageSignals = {
  url: '',
  title: '',
  lang: 'en',
  headings: [],
  lead: [],
  headingLike: [],
  linkRels: [],
  declaresArticle: false,
  text: '',
  wordCount: 2000,
};

const POLICY_PROSE =
  'We collect personal information you provide. We use your information to run the service. We share personal data with third parties who process it for us. You can opt out. ';
const TERMS_PROSE = 'By using the service you agree to these terms. You may not misuse it. We are not liable for damages. Arbitration applies. ';

const signals = (over: Partial<PageSignals>): PageSignals => ({ ...base, ...over });

describe('nameKind', () => {
  it('keeps a name joined with a notice that is no policy kind, and not with another kind', () => {
    expect(nameKind('Pebble Terms of Use and Impressum')).toBe('terms');
    expect(nameKind('Pebble Terms of Use and Impressions')).toBeUndefined();
    expect(nameKind('Privacy & Terms')).toBeUndefined();
  });
});

describe('titleSegments', () => {
  it('splits the separators sites put between page and site names', () => {
    expect(titleSegments('Privacy Policy | TikTok')).toEqual(['Privacy Policy', 'TikTok']);
    expect(titleSegments('Privacy Policy – Privacy & Terms – Google')).toEqual(['Privacy Policy', 'Privacy & Terms', 'Google']);
    expect(titleSegments('Temu | United States | Privacy Policy')).toEqual(['Temu', 'United States', 'Privacy Policy']);
  });
});

describe('detectPage', () => {
  it('calls a page named a privacy policy with policy prose a privacy policy', () => {
    const v = detectPage(signals({ title: 'Acme Privacy Policy', text: POLICY_PROSE.repeat(20) }));
    expect(v.kind).toBe('privacy-policy');
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.reasons.join(' ')).toMatch(/title names a privacy policy/);
  });

  it('does not take a headline that contains "privacy policy" for a name', () => {
    const v = detectPage(
      signals({ title: "Acme's new privacy policy lets it collect faceprints from your videos", text: 'The company said the change took effect. '.repeat(20) }),
    );
    expect(v.kind).toBe('not-policy');
  });

  it('finds a policy with no name at all from its sections and vocabulary (a URL that says nothing)', () => {
    const v = detectPage(
      signals({
        url: 'https://example.com/legal?doc=3',
        title: 'Legal',
        headings: ['What data we collect', 'How we use data', 'Who we share data with', 'Data retention', 'Your rights'].map((text) => ({ level: 2, text })),
        text: POLICY_PROSE.repeat(20),
      }),
    );
    expect(v.kind).toBe('privacy-policy');
  });

  it('trusts link rel=privacy-policy only when it points at this very page', () => {
    const self = detectPage(
      signals({ url: 'https://example.com/p/', linkRels: [{ rel: 'privacy-policy', href: 'https://example.com/p' }], text: POLICY_PROSE.repeat(5) }),
    );
    expect(self.reasons).toContain('link rel=privacy-policy points to this page');
    const other = detectPage(
      signals({ url: 'https://example.com/shop', linkRels: [{ rel: 'privacy-policy', href: 'https://example.com/privacy' }], text: POLICY_PROSE.repeat(5) }),
    );
    expect(other.reasons).not.toContain('link rel=privacy-policy points to this page');
  });

  it('tells terms of service and cookie policies from privacy policies by name and vocabulary', () => {
    expect(detectPage(signals({ title: 'Terms of Service | Acme', text: TERMS_PROSE.repeat(20) })).kind).toBe('terms');
    expect(
      detectPage(signals({ title: 'Cookie Policy', text: 'We use cookies, pixels and local storage. Cookies help. '.repeat(20) })).kind,
    ).toBe('cookie-policy');
  });

  it('holds an article about a policy below the threshold even with privacy vocabulary', () => {
    const v = detectPage(
      signals({
        title: 'Regulators question Acme over data use',
        declaresArticle: true,
        text: ('The company said it may collect personal information and share it with third parties, according to the filing. ').repeat(20),
        wordCount: 600,
      }),
    );
    expect(v.kind).toBe('not-policy');
    expect(v.reasons).toContain('page declares itself an article');
  });

  it('says not-policy for an empty page, with a score of certainty', () => {
    const v = detectPage(signals({ wordCount: 0 }));
    expect(v).toMatchObject({ kind: 'not-policy', score: 1 });
  });

  it('is pure: the same signals give the same verdict', () => {
    const s = signals({ title: 'Privacy Notice', text: POLICY_PROSE.repeat(10) });
    expect(detectPage(s)).toEqual(detectPage(structuredClone(s)));
  });
});
