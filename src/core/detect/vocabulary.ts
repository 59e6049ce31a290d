/**
 * Vocabulary for page detection, kept as data. Every entry has an example it must match and a counterexample
 * it must not in vocabulary.test.ts (kept there so the script injected into every page stays small). English
 * first, with the German, French and Spanish names that EU readers meet most often, because regional policy
 * versions are often localised.
 */

import { joinPattern } from '../text/pattern';

export interface Term {
  id: string;
  pattern: RegExp;
}

export type PolicyKind = 'privacy-policy' | 'cookie-policy' | 'terms';

/**
 * A document's own name: matched against the end of a short title segment or top heading, so that
 * "Bumble Privacy Policy" is a name while "TikTok's privacy policy now lets it collect faceprints" is a headline.
 */
export const DOCUMENT_NAMES: Record<PolicyKind, Term[]> = {
  'privacy-policy': [
    {
      id: 'privacy-policy-en',
      pattern: joinPattern('i', [
        String.raw`\b(?:privacy|data|data protection|personal (?:information|data))[ -](?:policy|notice|statement|`,
        String.raw`center|centre|declaration)$`,
      ]),
    },
    {
      // "Data protection" alone names the document in the EU's English; "Data protection officer" does not.
      id: 'data-protection-en',
      pattern: /^data protection(?: information)?$/i,
    },
    {
      // A name told as what it does: "How Pebble handles your information", "How we use your personal data".
      id: 'handling-statement',
      pattern: joinPattern('i', [
        String.raw`^how (?:[\w'’&.-]+ ){1,3}(?:handles?|uses?|collects?|protects?|processes?|treats?) (?:your |`,
        String.raw`personal |user )*(?:information|data|privacy)$`,
      ]),
    },
    {
      // The notices US state laws name: "Notice at Collection", "Supplemental Notice for … Residents".
      id: 'state-law-notice',
      pattern: /^(?:(?:privacy )?notice at (?:the point of )?collection|(?:supplemental|supplementary) (?:privacy )?notice)$/i,
    },
    {
      id: 'privacy-policy-de',
      pattern: /(?:datenschutz(?:erklärung|richtlinie|hinweise?|information(?:en)?)|datenrichtlinie)$/i,
    },
    {
      id: 'privacy-policy-fr',
      pattern: joinPattern('i', [
        String.raw`politique (?:de confidentialité|de protection des (?:données|renseignements) personnel(?:le)?s?|`,
        String.raw`relative à la vie privée)$`,
      ]),
    },
    {
      id: 'privacy-policy-es',
      pattern: /(?:política|aviso) de privacidad$/i,
    },
  ],
  'cookie-policy': [
    {
      id: 'cookie-policy-en',
      pattern: /\b(?:cookies?|trackers?|tracking technologies)[ -](?:policy|notice|statement|declaration|list|table)$/i,
    },
    {
      // Told as what it does, as privacy policies are: "How we use cookies and similar technologies".
      id: 'cookie-handling-statement',
      pattern: /^how (?:[\w'’&.-]+ ){1,3}uses? cookies(?: and (?:similar|other) (?:tracking )?technologies)?$/i,
    },
    {
      id: 'cookie-policy-de',
      pattern: /cookie-?richtlinien?$/i,
    },
    {
      id: 'cookie-policy-fr-es',
      pattern: /(?:politique (?:relative aux|de|d'utilisation des) cookies|política de cookies)$/i,
    },
  ],
  terms: [
    {
      id: 'terms-en',
      pattern: joinPattern('i', [
        String.raw`\b(?:terms (?:of (?:service|use|sale)|and conditions(?: of use)?|& conditions)|`,
        String.raw`conditions of (?:use|service|sale|purchase)|terms of purchase|user agreement|(?:user|service|platform) terms|`,
        String.raw`acceptable use policy|end[- ]user licen[cs]e agreement|eula)$`,
      ]),
    },
    {
      id: 'terms-de-fr-es',
      pattern: joinPattern('i', [
        String.raw`(?:nutzungsbedingungen|conditions générales(?: d'utilisation)?|términos (?:y condiciones|`,
        String.raw`de (?:uso|servicio)))$`,
      ]),
    },
  ],
};

/**
 * What may follow a document's name in the same title segment or heading and still leave it a name: a comma or
 * bracket ("Privacy policy, Pebble service", "Privacy Notice (EEA)"), or "for"/"of"/"de"/"für" and whom it covers
 * ("Privacy Policy for California Residents"). A headline goes on with a verb ("privacy policy now lets…").
 */
export const NAME_QUALIFIER: Term = {
  id: 'name-qualifier',
  pattern: new RegExp(
    String.raw`^\s*(?:[,(–—-]|(?:for|of|de|du|des|für|para|del)\s` +
      // Joined with a notice that is no policy kind: "Terms of Use and Impressum" are still the terms.
      String.raw`|(?:and|&)\s+(?:(?:the|our)\s+)?(?:impressum|imprint|legal (?:notice|information|disclosures?)|disclaimer)\b)`,
    'i',
  ),
};

/** Path or query tokens that name a document kind ("/legal/privacy-policy", "?page=cookies"). */
export const URL_TOKENS: Record<PolicyKind, Term> = {
  'privacy-policy': {
    id: 'url-privacy',
    pattern: joinPattern('i', [
      String.raw`(?:^|[/_.=-])(?:privacy(?:[-_]?(?:policy|notice|statement|center|centre))?|data-?policy|`,
      String.raw`datenschutz\w*|confidentialite|privacidad)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])`,
    ]),
  },
  'cookie-policy': {
    id: 'url-cookies',
    pattern: joinPattern('i', [
      String.raw`(?:^|[/_.=-])(?:cookies?(?:[-_]?(?:policy|notice|statement))?|`,
      String.raw`trackers?-?policy)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])`,
    ]),
  },
  terms: {
    id: 'url-terms',
    pattern: joinPattern('i', [
      String.raw`(?:^|[/_.=-])(?:terms|tos|terms-of-(?:service|use)|conditions|nutzungsbedingungen|`,
      String.raw`cgu)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])`,
    ]),
  },
};

/**
 * Section topics a privacy policy is built from. Legal texts of any kind have "contact" and "changes"
 * sections, so only topics specific to data protection are listed.
 */
export const PRIVACY_SECTION_TOPICS: Term[] = [
  {
    id: 'topic-collect',
    pattern: joinPattern('i', [
      String.raw`(?:information|data) (?:we|that we|you provide|about you|collected)|(?:what|types? of|`,
      String.raw`categories of) (?:personal )?(?:information|data)|we collect|personal (?:information|data)|`,
      String.raw`erfassen wir|erheben wir|données (?:que nous|collectées|personnelles)|datos (?:que|personales)`,
    ]),
  },
  {
    id: 'topic-use',
    pattern: joinPattern('i', [
      String.raw`how (?:we|do we) use|use of (?:your )?(?:personal )?(?:information|data)|purposes? (?:of|`,
      String.raw`for) (?:the )?processing|why we process|wie verwenden wir|utilisation de vos|uso de (?:sus|`,
      String.raw`tus) datos`,
    ]),
  },
  {
    id: 'topic-share',
    pattern: joinPattern('i', [
      String.raw`(?:how|when|with whom) (?:we|do we|is (?:this|your) information) (?:share|disclose)|shar(?:e|`,
      String.raw`ing) (?:of )?(?:your )?(?:personal )?(?:information|data)|disclos(?:e|`,
      String.raw`ure) of (?:your )?(?:personal )?(?:information|data)|third[- ]part(?:y|ies) (?:recipients|`,
      String.raw`sharing|partners)|informationen geteilt|partage (?:de|des) (?:vos )?(?:informations|données)`,
    ]),
  },
  {
    id: 'topic-retention',
    pattern: joinPattern('i', [
      String.raw`retention|how long (?:we|do we) (?:keep|retain|store)|datenspeicherung|speicherdauer|`,
      String.raw`conservation des données|durée de conservation`,
    ]),
  },
  {
    id: 'topic-rights',
    pattern: joinPattern('i', [
      String.raw`your (?:privacy |data protection )?(?:rights|choices)|data subject|privacy rights|rights? (?:to|`,
      String.raw`of) (?:access|erasure|deletion)|gewährten rechte|deine rechte|vos droits|sus derechos`,
    ]),
  },
  {
    id: 'topic-legal-basis',
    pattern: /legal bas(?:is|es)|lawful basis|rechtsgrundlage|base légale|base jurídica/i,
  },
  {
    id: 'topic-transfers',
    pattern: joinPattern('i', [
      String.raw`(?:international|cross-border|global) (?:data )?transfers?|`,
      String.raw`transfers? of (?:personal )?(?:information|data)|where we (?:store|process)|`,
      String.raw`übermitteln wir daten|transferts? (?:internationaux|de données)`,
    ]),
  },
  {
    id: 'topic-children',
    pattern: /children|minors|under the age|kinder|enfants|menores/i,
  },
  {
    id: 'topic-state-law',
    pattern: joinPattern('i', [
      String.raw`(?:california|u\.?s\.? state|colorado|virginia|texas)[^.]{0,40}(?:privacy|residents|rights|`,
      String.raw`disclosures)|ccpa|cpra|gdpr|dsgvo|rgpd`,
    ]),
  },
];

/**
 * Sections a terms-of-service document is built from, one entry per kind of section; a page with several of them
 * is a terms document whatever it is called. Few of them belong in a privacy policy.
 */
export const TERMS_SECTION_TOPICS: Term[] = [
  {
    id: 'terms-topic-acceptance',
    pattern: joinPattern('i', [
      String.raw`accept(?:ance|ing)? (?:of )?(?:the |these |this )?(?:terms|agreement)|agreement to (?:the |`,
      String.raw`these )?terms|binding agreement|zustimmung zu|acceptation des conditions`,
    ]),
  },
  {
    id: 'terms-topic-accounts',
    pattern: joinPattern('i', [
      String.raw`\b(?:your|user|creating an?) accounts?\b|account (?:registration|security)|eligibility|`,
      String.raw`who (?:can|may) use|registration|access (?:&|and) eligibility|nutzerkonto|compte utilisateur`,
    ]),
  },
  {
    id: 'terms-topic-licence',
    pattern: joinPattern('i', [
      String.raw`intellectual property|licen[cs]es?\b|your content|user content|content you (?:post|submit|`,
      String.raw`share)|ownership|proprietary rights|urheberrecht|propriété intellectuelle`,
    ]),
  },
  {
    id: 'terms-topic-conduct',
    pattern: joinPattern('i', [
      String.raw`prohibited|acceptable use|(?:your|user) conduct|rules of conduct|responsible use|`,
      String.raw`restrictions on use|things you (?:can't|cannot)|(?:your )?(?:commitments|obligations) to|`,
      String.raw`verpflichtungen|utilisation interdite`,
    ]),
  },
  {
    id: 'terms-topic-termination',
    pattern: /terminat|suspension|ending (?:this|these|your)|kündigung|résiliation/i,
  },
  {
    id: 'terms-topic-disclaimer',
    pattern: /disclaimers?|warrant(?:y|ies)|\bas is\b|gewährleistung|garanties?\b/i,
  },
  {
    id: 'terms-topic-liability',
    pattern: /liabilit|indemni|haftung|responsabilité/i,
  },
  {
    id: 'terms-topic-law',
    pattern: joinPattern('i', [
      String.raw`governing law|dispute|arbitration|jurisdiction|venue|applicable law|class action|`,
      String.raw`anwendbares recht|droit applicable|ley aplicable|litiges`,
    ]),
  },
  {
    id: 'terms-topic-changes',
    pattern: joinPattern('i', [
      String.raw`(?:changes|modifications?|amendments?|updates?) to (?:the |these |this )?(?:terms|agreement)|`,
      String.raw`änderungen (?:der|dieser) (?:bedingungen|nutzungsbedingungen)|modification des conditions`,
    ]),
  },
  {
    id: 'terms-topic-payment',
    pattern: /payments?\b|subscriptions?|fees\b|billing|refunds?|pricing|zahlung|paiement/i,
  },
];

/** Section topics typical of cookie policies. */
export const COOKIE_SECTION_TOPICS: Term[] = [
  {
    id: 'cookie-topic',
    pattern: /cookies?|tracking technolog|similar technolog|pixels|web beacons|local storage|sdks/i,
  },
];

/** Phrases whose density in body text marks privacy-policy prose. Counted with the `g` flag. */
export const PRIVACY_PHRASES: Term[] = [
  {
    id: 'phrase-personal-data',
    pattern: joinPattern('gi', [
      String.raw`\bpersonal (?:information|data)\b|personenbezogene(?:n)? daten|`,
      String.raw`données (?:à caractère )?personnelles|datos personales`,
    ]),
  },
  {
    id: 'phrase-we-process',
    pattern: joinPattern('gi', [
      // Also denied, and by a sole developer or the app itself, as short app policies say it: "I do not collect",
      // "the app never shares".
      String.raw`\b(?:we|i|(?:the|this|our) (?:app|application|extension))(?: (?:may|also|will|automatically|only|never|`,
      String.raw`do not|don't|does not|doesn't|will not|won't))? (?:collect|process|share|disclose|retain|store|receive|`,
      String.raw`obtain)(?:e?s)?\b|\bwir (?:erfassen|erheben|verarbeiten|teilen|speichern|verwenden|übermitteln)\b|`,
      String.raw`\b(?:erfassen|erheben|verarbeiten|teilen|speichern|verwenden) wir\b|\bnous (?:collectons|`,
      String.raw`traitons|partageons|conservons)\b`,
    ]),
  },
  {
    id: 'phrase-third-parties',
    pattern: /\bthird[- ]part(?:y|ies)\b|\bdritte(?:n)?\b|\btiers\b/gi,
  },
  {
    id: 'phrase-data-protection-law',
    pattern: joinPattern('gi', [
      String.raw`\b(?:gdpr|ccpa|cpra|dsgvo|rgpd|data protection (?:law|authority|officer)|data controller|`,
      String.raw`controller of your|opt[- ]out|legitimate interests?)\b`,
    ]),
  },
  {
    id: 'phrase-your-information',
    pattern: joinPattern('gi', [
      String.raw`\byour (?:information|data)\b|\binformationen über dich\b|\bdeine (?:informationen|daten)\b|`,
      String.raw`\bvos (?:informations|données)\b`,
    ]),
  },
];

/** Phrases whose density marks terms-of-service prose. */
export const TERMS_PHRASES: Term[] = [
  {
    id: 'phrase-agree',
    pattern: joinPattern('gi', [
      String.raw`\byou (?:agree|acknowledge|must not|may not|shall)\b|\bthese terms\b|`,
      String.raw`\bdiese(?:n)? (?:nutzungs)?bedingungen\b|\b(?:du|sie) (?:erklärst dich|erklären sich|stimmst|`,
      String.raw`stimmen|darfst nicht|dürfen nicht)\b|\bces conditions\b`,
    ]),
  },
  {
    id: 'phrase-liability',
    pattern: joinPattern('gi', [
      String.raw`\bliab(?:le|ility)\b|\bwarrant(?:y|ies)\b|\bindemnif(?:y|ication)\b|\barbitration\b|`,
      String.raw`\bhaft(?:ung|en)\b|\bgewährleistung\b`,
    ]),
  },
];

/** Phrases whose density marks a cookie policy. */
export const COOKIE_PHRASES: Term[] = [
  {
    id: 'phrase-cookies',
    pattern: /\bcookies?\b|\bpixels?\b|\bweb beacons?\b|\blocal storage\b|\bsimilar technologies\b/gi,
  },
];

/** Phrases of reporting prose: a news article or blog post *about* a policy. */
export const REPORTING_PHRASES: Term[] = [
  {
    id: 'phrase-reporting',
    pattern: joinPattern('g', [
      String.raw`\b(?:said|according to|reported|announced|critics|spokesperson|told [A-Z]\w+|the company(?:'s)?|`,
      String.raw`its (?:new |updated )?(?:privacy )?policy|(?:has|have) (?:added|changed|updated|expanded))\b`,
    ]),
  },
];

/**
 * Help-centre prose: instructions to the reader, told by an imperative verb at the start of a sentence or line
 * ("Tap Save.", "Go to Settings") or a numbered step. "Reports go to a third party" is not an instruction.
 */
export const HELP_PHRASES: Term[] = [
  {
    id: 'phrase-howto',
    pattern: /(?:^|[.!:]\s+|\n)(?:tap|click|go to|select|open|choose|press|scroll|toggle|swipe)\b|\bstep \d/gi,
  },
];
