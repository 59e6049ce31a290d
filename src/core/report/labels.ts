import type { DataType, SummaryValue } from '../nlp/types';

/** Plain-language names of the data types and summary values, for reports (the extension uses _locales). */
export const TYPE_LABEL: Record<DataType, string> = {
  face: 'Face',
  voice: 'Voice',
  biometric: 'Other biometrics',
  'location.precise': 'Precise location',
  'location.approximate': 'Approximate location',
  location: 'Location (precision not stated)',
};

export const SUMMARY_LABEL: Record<SummaryValue, string> = {
  collects: 'collects',
  'may-collect': 'may collect (with conditions)',
  denies: 'says it does not',
  silent: 'not mentioned',
};
