/** The data types Policy Lens flags (see shared/eval/LABELS.md for what each covers). */
export const DATA_TYPES = [
  'face', 'voice', 'biometric', 'location.precise', 'location.approximate', 'location',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

export type Stance = 'affirmed' | 'denied';
export type Action = 'collect' | 'infer' | 'use' | 'share' | 'sell' | 'retain';
export type Modality = 'will' | 'may';
export type Actor = 'first-party' | 'third-party';
export type Source = 'user-content' | 'device' | 'third-party' | 'user';
export type Purpose =
  | 'features'
  | 'moderation'
  | 'demographics'
  | 'recommendations'
  | 'advertising'
  | 'security'
  | 'legal'
  | 'identity-verification';
export type ConditionKind =
  'consent' | 'setting' | 'legal-requirement' | 'jurisdiction' | 'app-version' | 'feature-use';

export interface Condition {
  kind: ConditionKind;
  /** The words that state it. */
  text: string;
}

/** A region a statement is limited to ("If you are in the EEA", "California residents"). */
export type RegionScope = 'US' | 'US-state' | 'EEA' | 'UK' | 'CH' | 'EEA/UK/CH' | 'ROW' | 'other';

/** One claim about one data type, as `classify` reports it. */
export interface SentencePractice {
  type: DataType;
  stance: Stance;
  /** face and voice only: a biometric identifier (faceprint, voiceprint, recognition) vs detection or recording. */
  identifier?: boolean;
  conditional?: boolean;
  conditions: Condition[];
  action: Action;
  modality: Modality;
  actor: Actor;
  source?: Source;
  purposes: Purpose[];
  scope?: RegionScope;
  /** A denial because the data stays on the user's device (or only a result reaches the company). */
  flow?: 'on-device';
  /** The words that triggered the type, with offsets relative to the sentence. */
  evidence: { text: string; start: number; end: number }[];
}

/** A practice inside a document: offsets are into `PolicyText.text`. */
export interface Practice extends SentencePractice {
  start: number;
  end: number;
  sentence: string;
  /** The heading path of the block, joined with " › ". */
  section: string;
}

export type SummaryValue = 'collects' | 'may-collect' | 'denies' | 'silent';

export interface Analysis {
  summary: Record<DataType, SummaryValue>;
  /** The same, counting only biometric identifiers (faceprints, voiceprints, recognition) of face and voice. */
  identifiers: Record<'face' | 'voice', SummaryValue>;
  practices: Practice[];
  /**
   * Per type, the index into `practices` of the claim whose stance `summary` reports (the first practice with
   * that strength); absent for silent types. A summary cell stands on claim sentences only (issue 9).
   */
  basis: Partial<Record<DataType, number>>;
  /** The same for `identifiers`. */
  identifierBasis: Partial<Record<'face' | 'voice', number>>;
  /**
   * Sentences read in the cheap pass, and how many went on to the language pass; sentences over the length
   * bound that were cut (`oversized`), and pieces with nowhere to cut that were not read (`skipped`).
   */
  stats: { sentences: number; candidates: number; oversized?: number; skipped?: number };
  /** Set when the analysis stopped early: only the text before `analyzedChars` was read. */
  partial?: { reason: 'time-budget'; analyzedChars: number };
}
