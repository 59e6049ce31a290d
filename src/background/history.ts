/**
 * "Changed since you last read it": each analysed policy is recorded (digest + gzipped text), and a visit whose
 * text differs from the last one recorded becomes news for the panel and the popup.
 */
import { changesBetween, describeChange, digestOf, ENGLISH_CHANGE_WORDING, type ChangeWording, type VersionDigest } from '../core/history';
import { documentKeyOf } from '../core/annotation/document-key';
import { analyzePolicy } from '../core/nlp/analyze';
import type { Analysis } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';
import type { HistoryNews, HistoryVersion } from '../platform/history-keys';
import { packPolicyText, unpackPolicyText } from './history-codec';
import type { HistoryStore, RecordOutcome } from './history-store';

/**
 * The analyzer's version, stored with each digest: a digest made by another version of the analyzer is not
 * compared as it is (its stances may differ only because the analyzer changed); its stored text is analysed again.
 */
export const ANALYZER_VERSION = '0.1.0';

/** The digest of a stored version as the current analyzer would make it. */
export async function currentDigest(version: HistoryVersion): Promise<VersionDigest> {
  if (version.analyzerVersion === ANALYZER_VERSION) return version.digest;
  const policy = await unpackPolicyText(version.packedText);
  return digestOf(policy, analyzePolicy(policy), ANALYZER_VERSION);
}

/** What changed between two recorded versions, as the reader is told (in `wording`: the reader's language). */
export async function newsOf(
  url: string,
  outcome: Extract<RecordOutcome, { kind: 'changed' }>,
  wording: ChangeWording = ENGLISH_CHANGE_WORDING,
): Promise<HistoryNews> {
  const changes = changesBetween(await currentDigest(outcome.previous), outcome.current.digest);
  return {
    documentKey: documentKeyOf(url),
    since: outcome.previous.lastSeenAt,
    thenAt: outcome.previous.recordedAt,
    nowAt: outcome.current.recordedAt,
    lines: changes.changes.map((c) => describeChange(c, wording)),
    sections: changes.sections,
    material: changes.material,
    dropped: outcome.dropped,
  };
}

/** Records an analysed version; returns the news when its text differs from the version recorded before. */
export async function recordVersion(
  store: HistoryStore,
  url: string,
  policyText: PolicyText,
  analysis: Analysis,
  options: { force?: boolean; replacing?: string; wording?: ChangeWording } = {},
): Promise<{ outcome: RecordOutcome; news?: HistoryNews }> {
  const packedText = await packPolicyText(policyText);
  const outcome = await store.record(
    {
      url,
      analyzerVersion: ANALYZER_VERSION,
      digest: digestOf(policyText, analysis, ANALYZER_VERSION),
      packedText,
      rawChars: JSON.stringify(policyText).length,
    },
    options,
  );
  return outcome.kind === 'changed' ? { outcome, news: await newsOf(url, outcome, options.wording) } : { outcome };
}
