import type { DataType, SummaryValue } from '../nlp/types';

/** A summary cell of a version: a data type, or the face/voice identifier (faceprint/voiceprint) row. */
export type CellKey = DataType | 'face-id' | 'voice-id';

/** A compact, JSON-serialisable record of one version: enough to tell what changed without the full text. */
export interface VersionDigest {
  analyzerVersion: string;
  summary: Record<DataType, SummaryValue>;
  identifiers: Record<'face' | 'voice', SummaryValue>;
  /** The sentence behind each non-silent cell (the strongest claim), keyed by DataType or 'face-id' / 'voice-id'. */
  evidence: Partial<Record<CellKey, string>>;
  /**
   * The conditions of that claim in the policy's words ("if you turn on location services"), for may-collect
   * cells. Optional: digests recorded before it existed still compare.
   */
  conditions?: Partial<Record<CellKey, string[]>>;
  /** Section headings in order, each with a short hash of its normalised text (FNV-1a hex). */
  sections: { heading: string; hash: string }[];
  /** A hash of the whole normalised text: equal hashes = nothing to compare. */
  textHash: string;
  words: number;
}

export interface StanceChange {
  type: DataType;
  /** A face/voice identifier (faceprint/voiceprint) row. */
  identifier?: true;
  from: SummaryValue;
  to: SummaryValue;
  /** The sentences behind the two cells. */
  before?: string;
  after?: string;
  /** The conditions of the new claim when it is may-collect, in the policy's words. */
  conditions?: string[];
}

export interface SectionChanges {
  added: string[];
  removed: string[];
  /** Present in both (same or near-same heading) with different text. */
  changed: string[];
}

export interface VersionChanges {
  /** Material changes, identifiers first. */
  changes: StanceChange[];
  sections: SectionChanges;
  /** changes.length > 0 */
  material: boolean;
}
