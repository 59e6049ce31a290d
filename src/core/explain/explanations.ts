/**
 * One-line explanations of what a flagged passage is about, with the legal sources behind them. The wording
 * lives in _locales (message ids here); the sources are citations, not translated.
 */
import type { DataType } from '../nlp/types';

export type ExplanationKey =
  | 'face-identifier'
  | 'face-detection'
  | 'voice-identifier'
  | 'voice-recording'
  | 'biometric'
  | 'location-precise'
  | 'location-approximate'
  | 'location';

export interface LegalSource {
  label: string;
  url: string;
}

export interface Explanation {
  key: ExplanationKey;
  /** The _locales message with the one-line explanation. */
  messageId: string;
  sources: LegalSource[];
}

const BIPA: LegalSource = {
  label: 'Illinois Biometric Information Privacy Act, 740 ILCS 14/10 and 14/15(b)',
  url: 'https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004&ChapterID=57',
};
const GDPR_ART9: LegalSource = { label: 'GDPR Art. 9(1) and Art. 4(14)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' };
const CUBI: LegalSource = {
  label: 'Texas Business and Commerce Code §503.001 (CUBI)',
  url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.503.htm',
};
const CCPA_SPI: LegalSource = {
  label: 'California Civil Code §1798.140(ae) (sensitive personal information)',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.140',
};
const GDPR_ART4: LegalSource = {
  label: 'GDPR Art. 4(1) (personal data, including location data)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
};
const BREYER: LegalSource = {
  label: 'CJEU C-582/14 Breyer (IP addresses as personal data)',
  url: 'https://curia.europa.eu/juris/liste.jsf?num=C-582/14',
};

export const EXPLANATIONS: Record<ExplanationKey, Explanation> = {
  'face-identifier': { key: 'face-identifier', messageId: 'explainFaceIdentifier', sources: [BIPA, CUBI, GDPR_ART9] },
  'face-detection': { key: 'face-detection', messageId: 'explainFaceDetection', sources: [GDPR_ART9] },
  'voice-identifier': { key: 'voice-identifier', messageId: 'explainVoiceIdentifier', sources: [BIPA, CUBI, GDPR_ART9] },
  'voice-recording': { key: 'voice-recording', messageId: 'explainVoiceRecording', sources: [GDPR_ART4, CCPA_SPI] },
  biometric: { key: 'biometric', messageId: 'explainBiometric', sources: [BIPA, GDPR_ART9, CCPA_SPI] },
  'location-precise': { key: 'location-precise', messageId: 'explainLocationPrecise', sources: [CCPA_SPI, GDPR_ART4] },
  'location-approximate': { key: 'location-approximate', messageId: 'explainLocationApproximate', sources: [GDPR_ART4, BREYER] },
  location: { key: 'location', messageId: 'explainLocation', sources: [GDPR_ART4] },
};

/** The explanation for a finding: face and voice split by whether they are identifiers. */
export function explanationFor(finding: { type: DataType; identifier?: boolean }): Explanation {
  switch (finding.type) {
    case 'face':
      return EXPLANATIONS[finding.identifier ? 'face-identifier' : 'face-detection'];
    case 'voice':
      return EXPLANATIONS[finding.identifier ? 'voice-identifier' : 'voice-recording'];
    case 'biometric':
      return EXPLANATIONS.biometric;
    case 'location.precise':
      return EXPLANATIONS['location-precise'];
    case 'location.approximate':
      return EXPLANATIONS['location-approximate'];
    default:
      return EXPLANATIONS.location;
  }
}
