/** The _locales message ids of the words the extension shows for types, summaries, stances and cues. */
import type { ConditionKind, DataType, Purpose, Stance, SummaryValue } from '../nlp/types';

export const TYPE_MESSAGE: Record<DataType, string> = {
  face: 'typeFace',
  voice: 'typeVoice',
  biometric: 'typeBiometric',
  'location.precise': 'typeLocationPrecise',
  'location.approximate': 'typeLocationApproximate',
  location: 'typeLocation',
};

export const SUMMARY_MESSAGE: Record<SummaryValue, string> = {
  collects: 'summaryCollects',
  'may-collect': 'summaryMayCollect',
  denies: 'summaryDenies',
  silent: 'summarySilent',
};

export const STANCE_MESSAGE: Record<Stance, string> = { affirmed: 'stanceAffirmed', denied: 'stanceDenied' };

export const CONDITION_MESSAGE: Record<ConditionKind, string> = {
  consent: 'conditionConsent',
  setting: 'conditionSetting',
  'feature-use': 'conditionFeatureUse',
  'legal-requirement': 'conditionLegalRequirement',
  jurisdiction: 'conditionJurisdiction',
  'app-version': 'conditionAppVersion',
};

export const PURPOSE_MESSAGE: Record<Purpose, string> = {
  features: 'purposeFeatures',
  moderation: 'purposeModeration',
  demographics: 'purposeDemographics',
  recommendations: 'purposeRecommendations',
  advertising: 'purposeAdvertising',
  security: 'purposeSecurity',
  legal: 'purposeLegal',
  'identity-verification': 'purposeIdentityVerification',
};

/** A comparison cell uses the summary's own words: one vocabulary for the four states everywhere. */
export const CELL_MESSAGE: Record<SummaryValue, string> = SUMMARY_MESSAGE;
