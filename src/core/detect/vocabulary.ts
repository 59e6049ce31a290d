/**
 * Vocabulary for page detection, kept as data. Every entry has an example it must match and a counterexample
 * it must not in vocabulary.test.ts (kept there so the script injected into every page stays small). English first, with the German, French and
 * Spanish names that EU readers meet most often, because regional policy versions are often localised.
 */

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
      pattern: /\b(?:privacy|data|data protection|personal (?:information|data))[ -](?:policy|notice|statement|center|centre|declaration)$/i,
    },
    {
      // "Data protection" alone names the document in the EU's English; "Data protection officer" does not.
      id: 'data-protection-en',
      pattern: /^data protection(?: information)?$/i,
    },
    {
      // A name told as what it does: "How Pebble handles your information", "How we use your personal data".
      id: 'handling-statement',
      pattern: /^how (?:[\w'’&.-]+ ){1,3}(?:handles?|uses?|collects?|protects?|processes?|treats?) (?:your |personal |user )*(?:information|data|privacy)$/i,
    },
    {
      id: 'privacy-policy-de',
      pattern: /(?:datenschutz(?:erklärung|richtlinie|hinweise?|information(?:en)?)|datenrichtlinie)$/i,
    },
    {
      id: 'privacy-policy-fr',
      pattern: /politique (?:de confidentialité|de protection des (?:données|renseignements) personnel(?:le)?s?|relative à la vie privée)$/i,
    },
    {
      id: 'privacy-policy-es',
      pattern: /(?:política|aviso) de privacidad$/i,
    },
  ],
  'cookie-policy': [
    {
      id: 'cookie-policy-en',
      pattern: /\b(?:cookies?|trackers?|tracking technologies)[ -](?:policy|notice|statement)$/i,
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
      pattern: /\b(?:terms (?:of (?:service|use|sale)|and conditions(?: of use)?|& conditions)|conditions of (?:use|service)|user agreement|(?:user|service|platform) terms|acceptable use policy|end[- ]user licen[cs]e agreement|eula)$/i,
    },
    {
      id: 'terms-de-fr-es',
      pattern: /(?:nutzungsbedingungen|conditions générales(?: d'utilisation)?|términos (?:y condiciones|de (?:uso|servicio)))$/i,
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
  pattern: /^\s*(?:[,(–—-]|(?:for|of|de|du|des|für|para|del)\s)/i,
};

/** Path or query tokens that name a document kind ("/legal/privacy-policy", "?page=cookies"). */
export const URL_TOKENS: Record<PolicyKind, Term> = {
  'privacy-policy': {
    id: 'url-privacy',
    pattern: /(?:^|[/_.=-])(?:privacy(?:[-_]?(?:policy|notice|statement|center|centre))?|data-?policy|datenschutz\w*|confidentialite|privacidad)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])/i,
  },
  'cookie-policy': {
    id: 'url-cookies',
    pattern: /(?:^|[/_.=-])(?:cookies?(?:[-_]?(?:policy|notice|statement))?|trackers?-?policy)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])/i,
  },
  terms: {
    id: 'url-terms',
    pattern: /(?:^|[/_.=-])(?:terms|tos|terms-of-(?:service|use)|conditions|nutzungsbedingungen|cgu)(?:[-_](?:[a-z]{2}|eea|row|eu))?(?:$|[/.?&=#])/i,
  },
};

/**
 * Section topics a privacy policy is built from. Legal texts of any kind have "contact" and "changes"
 * sections, so only topics specific to data protection are listed.
 */
export const PRIVACY_SECTION_TOPICS: Term[] = [
  {
    id: 'topic-collect',
    pattern: /(?:information|data) (?:we|that we|you provide|about you|collected)|(?:what|types? of|categories of) (?:personal )?(?:information|data)|we collect|personal (?:information|data)|erfassen wir|erheben wir|données (?:que nous|collectées|personnelles)|datos (?:que|personales)/i,
  },
  {
    id: 'topic-use',
    pattern: /how (?:we|do we) use|use of (?:your )?(?:personal )?(?:information|data)|purposes? (?:of|for) (?:the )?processing|why we process|wie verwenden wir|utilisation de vos|uso de (?:sus|tus) datos/i,
  },
  {
    id: 'topic-share',
    pattern: /(?:how|when|with whom) (?:we|do we|is (?:this|your) information) (?:share|disclose)|shar(?:e|ing) (?:of )?(?:your )?(?:personal )?(?:information|data)|disclos(?:e|ure) of (?:your )?(?:personal )?(?:information|data)|third[- ]part(?:y|ies) (?:recipients|sharing|partners)|informationen geteilt|partage (?:de|des) (?:vos )?(?:informations|données)/i,
  },
  {
    id: 'topic-retention',
    pattern: /retention|how long (?:we|do we) (?:keep|retain|store)|datenspeicherung|speicherdauer|conservation des données|durée de conservation/i,
  },
  {
    id: 'topic-rights',
    pattern: /your (?:privacy |data protection )?(?:rights|choices)|data subject|privacy rights|rights? (?:to|of) (?:access|erasure|deletion)|gewährten rechte|deine rechte|vos droits|sus derechos/i,
  },
  {
    id: 'topic-legal-basis',
    pattern: /legal bas(?:is|es)|lawful basis|rechtsgrundlage|base légale|base jurídica/i,
  },
  {
    id: 'topic-transfers',
    pattern: /(?:international|cross-border|global) (?:data )?transfers?|transfers? of (?:personal )?(?:information|data)|where we (?:store|process)|übermitteln wir daten|transferts? (?:internationaux|de données)/i,
  },
  {
    id: 'topic-children',
    pattern: /children|minors|under the age|kinder|enfants|menores/i,
  },
  {
    id: 'topic-state-law',
    pattern: /(?:california|u\.?s\.? state|colorado|virginia|texas)[^.]{0,40}(?:privacy|residents|rights|disclosures)|ccpa|cpra|gdpr|dsgvo|rgpd/i,
  },
];

/**
 * Sections a terms-of-service document is built from, one entry per kind of section; a page with several of them
 * is a terms document whatever it is called. Few of them belong in a privacy policy.
 */
export const TERMS_SECTION_TOPICS: Term[] = [
  {
    id: 'terms-topic-acceptance',
    pattern: /accept(?:ance|ing)? (?:of )?(?:the |these |this )?(?:terms|agreement)|agreement to (?:the |these )?terms|binding agreement|zustimmung zu|acceptation des conditions/i,
  },
  {
    id: 'terms-topic-accounts',
    pattern: /\b(?:your|user|creating an?) accounts?\b|account (?:registration|security)|eligibility|who (?:can|may) use|registration|access (?:&|and) eligibility|nutzerkonto|compte utilisateur/i,
  },
  {
    id: 'terms-topic-licence',
    pattern: /intellectual property|licen[cs]es?\b|your content|user content|content you (?:post|submit|share)|ownership|proprietary rights|urheberrecht|propriété intellectuelle/i,
  },
  {
    id: 'terms-topic-conduct',
    pattern: /prohibited|acceptable use|(?:your|user) conduct|rules of conduct|responsible use|restrictions on use|things you (?:can't|cannot)|(?:your )?(?:commitments|obligations) to|verpflichtungen|utilisation interdite/i,
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
    pattern: /governing law|dispute|arbitration|jurisdiction|venue|applicable law|class action|anwendbares recht|droit applicable|ley aplicable|litiges/i,
  },
  {
    id: 'terms-topic-changes',
    pattern: /(?:changes|modifications?|amendments?|updates?) to (?:the |these |this )?(?:terms|agreement)|änderungen (?:der|dieser) (?:bedingungen|nutzungsbedingungen)|modification des conditions/i,
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
    pattern: /\bpersonal (?:information|data)\b|personenbezogene(?:n)? daten|données (?:à caractère )?personnelles|datos personales/gi,
  },
  {
    id: 'phrase-we-process',
    pattern: /\bwe (?:may |also |will |automatically )?(?:collect|process|share|disclose|retain|store|receive|obtain)\b|\bwir (?:erfassen|erheben|verarbeiten|teilen|speichern|verwenden|übermitteln)\b|\b(?:erfassen|erheben|verarbeiten|teilen|speichern|verwenden) wir\b|\bnous (?:collectons|traitons|partageons|conservons)\b/gi,
  },
  {
    id: 'phrase-third-parties',
    pattern: /\bthird[- ]part(?:y|ies)\b|\bdritte(?:n)?\b|\btiers\b/gi,
  },
  {
    id: 'phrase-data-protection-law',
    pattern: /\b(?:gdpr|ccpa|cpra|dsgvo|rgpd|data protection (?:law|authority|officer)|data controller|controller of your|opt[- ]out|legitimate interests?)\b/gi,
  },
  {
    id: 'phrase-your-information',
    pattern: /\byour (?:information|data)\b|\binformationen über dich\b|\bdeine (?:informationen|daten)\b|\bvos (?:informations|données)\b/gi,
  },
];

/** Phrases whose density marks terms-of-service prose. */
export const TERMS_PHRASES: Term[] = [
  {
    id: 'phrase-agree',
    pattern: /\byou (?:agree|acknowledge|must not|may not|shall)\b|\bthese terms\b|\bdiese(?:n)? (?:nutzungs)?bedingungen\b|\b(?:du|sie) (?:erklärst dich|erklären sich|stimmst|stimmen|darfst nicht|dürfen nicht)\b|\bces conditions\b/gi,
  },
  {
    id: 'phrase-liability',
    pattern: /\bliab(?:le|ility)\b|\bwarrant(?:y|ies)\b|\bindemnif(?:y|ication)\b|\barbitration\b|\bhaft(?:ung|en)\b|\bgewährleistung\b/gi,
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
    pattern: /\b(?:said|according to|reported|announced|critics|spokesperson|told [A-Z]\w+|the company(?:'s)?|its (?:new |updated )?(?:privacy )?policy|(?:has|have) (?:added|changed|updated|expanded))\b/g,
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
