import { describe, expect, it } from 'vitest';
import * as vocabulary from './vocabulary';
import type { Term } from './vocabulary';

/** For every vocabulary entry: a text it must match and a text it must not (house rule 6). */
const EXAMPLES: Record<string, [example: string, counterexample: string]> = {
  'privacy-policy-en': ['Midjourney Privacy Policy', 'Changes to our privacy policy explained'],
  'privacy-policy-de': ['Instagram-Datenschutzrichtlinie', 'Gemeinschaftsrichtlinien'],
  'privacy-policy-fr': ['Politique de confidentialité', 'Politique relative aux cookies'],
  'privacy-policy-es': ['Política de privacidad', 'Política de cookies'],
  'cookie-policy-en': ['TikTok Cookies Policy', 'Privacy Policy'],
  'cookie-policy-de': ['Cookie-Richtlinie', 'Datenrichtlinie'],
  'cookie-policy-fr-es': ['Politique relative aux cookies', 'Politique de confidentialité'],
  'terms-en': ['Terms and Conditions of Use', 'Privacy Policy'],
  'terms-de-fr-es': ['Nutzungsbedingungen', 'Gemeinschaftsrichtlinien'],
  'url-privacy': ['/legal/page/us/privacy-policy/en', '/blog/2021/06/privacy-news'],
  'url-cookies': ['/legal/cookie-policy', '/recipes/cookie-jar-ideas'],
  'url-terms': ['/legal/terms-of-service', '/glossary/termsheet-guide'],
  'topic-collect': ['What information we collect', 'Your content and licence'],
  'topic-use': ['How do we use this information?', 'How to use the app'],
  'topic-share': ['How is this information shared?', 'Sharing your videos with friends'],
  'topic-retention': ['Data retention', 'Storage plans and pricing'],
  'topic-rights': ['Your Rights and Choices', 'Rights we grant you to use the service'],
  'topic-legal-basis': ['Legal bases for processing', 'Legal notices'],
  'topic-transfers': ['International data transfers', 'Transfer of your account balance'],
  'topic-children': ["Children's privacy", 'Community safety'],
  'topic-state-law': ['Supplemental notice for California residents', 'California offices'],
  'data-protection-en': ['Data protection', 'Data protection officer'],
  'handling-statement': ['How Pebble handles your information', 'How Pebble handles your returns'],
  'state-law-notice': ['Notice at Collection', 'Notice of annual meeting'],
  'cookie-handling-statement': ['How we use cookies and similar technologies', 'How we bake cookies'],
  'name-qualifier': [', Pebble service', ' now lets Pebble keep your walks'],
  'terms-topic-acceptance': ['Acceptance of these Terms', 'Accepted payment methods'],
  'terms-topic-accounts': ['Your account', 'Account information we collect about you'],
  'terms-topic-licence': ['Intellectual Property Rights', 'Your privacy choices'],
  'terms-topic-conduct': ['Prohibited conduct', 'Community events'],
  'terms-topic-termination': ['Termination', 'Data retention'],
  'terms-topic-disclaimer': ['Disclaimer of warranties', 'How we use your data'],
  'terms-topic-liability': ['Limitation of liability', 'Data retention'],
  'terms-topic-law': ['Governing Law and Dispute Resolution', 'Legal bases for processing'],
  'terms-topic-changes': ['Changes to these Terms', 'Changes to this Privacy Policy'],
  'terms-topic-payment': ['Fees and payment', 'Information we collect'],
  'cookie-topic': ['Types of cookies we use', 'Types of information we collect'],
  'phrase-personal-data': ['We process your personal data when you sign up.', 'Your personal best is shown on the scoreboard.'],
  'phrase-we-process': ['We may collect information about your device.', 'Users collect badges when they finish a course.'],
  'phrase-third-parties': ['We share data with third parties.', 'The party starts at three.'],
  'phrase-data-protection-law': ['You can contact our data protection officer.', 'Remote control of your drone.'],
  'phrase-your-information': ['We use your information to provide the service.', 'Please confirm your order.'],
  'phrase-agree': ['By using the service you agree to these terms.', 'We agreed to meet on Friday.'],
  'phrase-liability': ['We are not liable for indirect damages.', 'A reliable service for everyone.'],
  'phrase-cookies': ['We use cookies and similar technologies.', 'Bake the biscuits for ten minutes.'],
  'phrase-reporting': ['The company said its new policy took effect in June.', 'We collect the information you provide.'],
  'phrase-howto': ['Open the app. Tap the menu, then go to Settings.', 'Crash reports go to a third party we select.'],
};

function allTerms(): Term[] {
  const out: Term[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object' && 'pattern' in value && 'id' in value) out.push(value as Term);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  Object.values(vocabulary).forEach(visit);
  return out;
}

describe('detection vocabulary', () => {
  const terms = allTerms();

  it('has an example pair for every entry and no stale pairs', () => {
    expect(terms.length).toBeGreaterThan(20);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    expect(terms.map((t) => t.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const term of allTerms()) {
    const [example, counterexample] = EXAMPLES[term.id] ?? ['', ''];
    it(`${term.id} matches its example and not its counterexample`, () => {
      term.pattern.lastIndex = 0;
      expect(term.pattern.test(example)).toBe(true);
      term.pattern.lastIndex = 0;
      expect(term.pattern.test(counterexample)).toBe(false);
      term.pattern.lastIndex = 0;
    });
  }
});
