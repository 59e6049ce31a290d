// Detection on authored pages of the kinds real pages come in (short app policies, policies under other names,
// terms with no name at all, pages *about* privacy), and contrast pairs: the same page changed just enough to flip
// its kind, so each mechanism is pinned to what it responds to and not to one page.
import { describe, expect, it } from 'vitest';
import { decideOnEveryPage, detectPage } from '../../src/core/detect';
import { quickSample, quickSignals } from '../../src/dom/quick-signals';
import { collectSignals } from '../../src/dom/signals';
import { htmlDocument } from './fixtures';

interface Page {
  title: string;
  h1: string;
  sections: [heading: string, body: string][];
  url?: string;
  head?: string;
  footer?: string;
}

function render(p: Page): Document {
  const sections = p.sections.map(([h, b]) => `${h ? `<h2>${h}</h2>` : ''}<p>${b}</p>`).join('\n');
  return htmlDocument(
    `<!doctype html><html lang="en"><head><title>${p.title}</title>${p.head ?? ''}</head><body>` +
      `<nav><a href="/">Home</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav>` +
      `<main><h1>${p.h1}</h1>${sections}</main><footer>${p.footer ?? '<a href="/privacy">Privacy Policy</a>'}</footer></body></html>`,
  );
}

/** The full detector's verdict; and every page it calls a policy of any kind, the cheap stages must leave open. */
const kindOf = (p: Page) => {
  const doc = render(p);
  const v = detectPage(collectSignals(doc, p.url ?? ''));
  const quick = decideOnEveryPage(quickSignals(doc, p.url ?? ''), () => quickSample(doc));
  if (v.kind !== 'not-policy') expect(quick, `cheap stages on a ${v.kind}`).toBe('open');
  return { kind: v.kind, why: `${v.score}: ${v.reasons.join('; ')}` };
};

// A small app's whole policy, about 330 words.
const SHORT_POLICY: Page = {
  title: 'Legal – Pebble',
  h1: 'How Pebble handles your information',
  sections: [
    ['', 'Pebble is a step counter made by two people. This page says what we keep about you and why, in plain words.'],
    [
      'What we keep',
      'When you sign up we collect your email address and a password hash. The app records your daily step counts and, ' +
        'if you switch on route maps, the GPS track of each walk. We collect crash reports that hold your device model ' +
        'and app version. We do not collect your contacts, photos or microphone audio.',
    ],
    [
      'Why we keep it',
      'We use your information to show your history, to sync it between your devices and to fix bugs. We do not sell ' +
        'your data and we do not show ads. Aggregated counts with no personal information may appear in our yearly ' +
        'blog post.',
    ],
    [
      'Who else sees it',
      'Our hosting provider stores your data for us in Frankfurt under a data processing agreement. Crash reports go ' +
        'to a third party crash service that may process them for 90 days. We disclose personal data to authorities ' +
        'only when the law obliges us to.',
    ],
    [
      'How long',
      'We keep your account data until you delete your account; walks you delete are gone from backups after 30 days.',
    ],
    [
      'Your choices',
      'You can export or erase your data from the settings screen, and you can ask us to correct it. If you live in ' +
        'the EU you may complain to your data protection authority. Write to hello@pebble.example with any question ' +
        'about your personal information and we answer within a month.',
    ],
  ],
};

const TERMS_NO_NAME: Page = {
  title: 'Pebble',
  h1: 'Pebble',
  sections: [
    ['Accepting these terms', 'By creating an account or using Pebble you agree to be bound by these terms. If you do not agree, do not use the app.'],
    ['Your account', 'You must be 16 or older. You are responsible for keeping your password safe and for everything done with your account.'],
    ['Content you post', 'You keep ownership of the routes and notes you share, and you grant us a worldwide licence to host and show them to the people you choose.'],
    ['Prohibited conduct', 'You may not reverse engineer the app, scrape other users, upload malware or use Pebble to harass anyone.'],
    ['Termination', 'We may suspend or terminate your access if you break these terms. You may stop using Pebble at any time.'],
    ['Disclaimers', 'Pebble is provided as is, without warranties of any kind. Step counts are estimates and are not medical advice.'],
    ['Limitation of liability', 'To the extent the law allows, we are not liable for indirect or consequential damages arising from your use of the app.'],
    ['Governing law and disputes', 'These terms are governed by the laws of Ireland, and disputes go to the courts of Dublin.'],
    ['Changes to these terms', 'We may change these terms; we will tell you in the app thirty days before a change takes effect.'],
  ],
};

const PRIVACY_SETTINGS_HELP: Page = {
  title: 'Change who sees your walks – Pebble Help',
  h1: 'Change who sees your walks',
  sections: [
    ['Steps', 'Open the app and tap your profile picture. Go to Settings, then select Sharing. Tap Walks and choose Only me, Friends or Everyone. Step 3: tap Save.'],
    ['On the web', 'Click your name in the top corner, go to Settings and select Sharing. Click Save when you are done.'],
    ['Related articles', 'Export your walks. Delete your account. Read our privacy policy to learn how we use your information.'],
  ],
  url: 'https://help.pebble.example/articles/walk-visibility',
};

const BLOG_ABOUT_PRIVACY: Page = {
  title: 'Why we rewrote our privacy policy – The Pebble Blog',
  h1: 'Why we rewrote our privacy policy',
  sections: [
    [
      '',
      'Last spring a reader wrote to us: she had read our old policy twice and still could not say what we kept. She was right, and we said so.',
    ],
    [
      '',
      'The new text is a third of the length. Critics of long policies have said for years that nobody reads them, and the research agrees: according to one study it would take a month a year to read every policy you accept.',
    ],
    [
      '',
      'We also took the chance to drop the crash service we had stopped using. The company that ran it announced last year that it was closing, and its new owners have changed the terms.',
    ],
    ['', 'Tell us what you think. We read every email, and the next post in this series looks at how our sync works.'],
  ],
  url: 'https://pebble.example/blog/rewriting-our-policy',
};

const PRODUCT_WITH_FOOTER: Page = {
  title: 'Pebble Pro — the step counter that respects you',
  h1: 'Pebble Pro',
  sections: [
    ['Walk more, worry less', 'Pebble Pro counts your steps, maps your walks and reminds you to stand up. It runs for a week on one charge.'],
    ['Built for privacy', 'Your walks stay yours: no ads, ever. Read how we treat your data in our privacy policy.'],
    ['Pricing', 'Pebble Pro costs 3 euros a month or 25 euros a year. Cancel any time from the app.'],
  ],
  footer: '<a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Service</a> · <a href="/cookies">Cookie Policy</a>',
  url: 'https://pebble.example/pro',
};

describe('detection that generalises (authored pages)', () => {
  it('finds a 330-word app policy titled "Legal – <App>" under "How <App> handles your information"', () => {
    const r = kindOf(SHORT_POLICY);
    expect(r.kind, r.why).toBe('privacy-policy');
  });

  it.each([
    ['Privacy notice', 'Privacy Notice | Pebble'],
    ['Privacy statement', 'Pebble Privacy Statement'],
    ['Data protection', 'Data protection – Pebble'],
    ['a qualified name', 'Privacy policy, Pebble service'],
  ])('finds the same policy named "%s" in its title', (_label, title) => {
    const r = kindOf({ ...SHORT_POLICY, title, h1: 'Pebble' });
    expect(r.kind, r.why).toBe('privacy-policy');
  });

  it('finds terms of service that name themselves nowhere, from the sections they are built from', () => {
    const r = kindOf(TERMS_NO_NAME);
    expect(r.kind, r.why).toBe('terms');
  });

  it.each([
    ['a help page about privacy settings', PRIVACY_SETTINGS_HELP],
    ['a blog post about a privacy policy', BLOG_ABOUT_PRIVACY],
    ['a product page with policy links in its footer', PRODUCT_WITH_FOOTER],
  ])('does not call %s a policy', (_label, page) => {
    const r = kindOf(page);
    expect(r.kind, r.why).toBe('not-policy');
  });
});

describe('contrast pairs: the same page changed just enough to flip its kind', () => {
  it('the short policy without its name (heading and title say nothing) is too short to be called a policy', () => {
    const unnamed = kindOf({ ...SHORT_POLICY, title: 'Pebble', h1: 'Pebble' });
    expect(unnamed.kind, unnamed.why).toBe('not-policy');
  });

  it('the notice a US state law names is a privacy notice; a notice of something else is not', () => {
    const notice = kindOf({ ...SHORT_POLICY, h1: 'Notice at Collection', title: 'Pebble' });
    expect(notice.kind, notice.why).toBe('privacy-policy');
    const meeting = kindOf({ ...SHORT_POLICY, h1: 'Notice of Meeting', title: 'Pebble' });
    expect(meeting.kind, meeting.why).toBe('not-policy');
  });

  it('terms named by what they govern, "Conditions of Sale"; the conditions of a product are not terms', () => {
    const sale = kindOf({ ...TERMS_NO_NAME, sections: TERMS_NO_NAME.sections.slice(0, 2), h1: 'Conditions of Sale' });
    expect(sale.kind, sale.why).toBe('terms');
    const bike = kindOf({ ...TERMS_NO_NAME, sections: TERMS_NO_NAME.sections.slice(0, 2), h1: 'Conditions of the bike' });
    expect(bike.kind, bike.why).toBe('not-policy');
  });

  it('an app\'s statements of what it collects count as policy prose, denied or by the app itself', () => {
    const sentence = 'The app does not collect your location, and I do not share crash reports with anyone.';
    const doc = render({ title: 'x', h1: 'x', sections: [['', sentence]] });
    expect(collectSignals(doc, '').text).toContain('does not collect');
    // Two statements in 16 words: a density a page of prose about something else does not reach.
    const judged = detectPage(collectSignals(doc, ''));
    expect(judged.explained.some((r) => r.code === 'vocabulary')).toBe(true);
    const plain = 'The app has a dark mode, and I do like the colours of it.';
    const other = detectPage(collectSignals(render({ title: 'x', h1: 'x', sections: [['', plain]] }), ''));
    expect(other.explained.some((r) => r.code === 'vocabulary')).toBe(false);
  });

  it('a handling statement names a policy; the same words about returns do not', () => {
    expect(kindOf({ ...SHORT_POLICY, h1: 'How Pebble handles your information' }).kind).toBe('privacy-policy');
    const returns = kindOf({ ...SHORT_POLICY, h1: 'How Pebble handles your returns' });
    expect(returns.kind, returns.why).toBe('not-policy');
  });

  it('a name followed by a qualifier is a name; followed by a verb it is a headline', () => {
    const named = kindOf({ ...SHORT_POLICY, h1: 'Pebble', title: 'Privacy policy, Pebble service' });
    expect(named.kind, named.why).toBe('privacy-policy');
    const headline = kindOf({ ...SHORT_POLICY, h1: 'Pebble', title: 'Privacy policy now lets Pebble keep your walks' });
    expect(headline.kind, headline.why).toBe('not-policy');
  });

  it('terms sections make terms; the same page with only two of them is not terms', () => {
    const two = kindOf({ ...TERMS_NO_NAME, sections: TERMS_NO_NAME.sections.slice(0, 2) });
    expect(two.kind, two.why).toBe('not-policy');
  });

  it('the blog post becomes a policy when it is the policy: named, and built from policy sections', () => {
    const r = kindOf({ ...SHORT_POLICY, title: BLOG_ABOUT_PRIVACY.title, h1: 'Pebble Privacy Policy' });
    expect(r.kind, r.why).toBe('privacy-policy');
  });
});
