/**
 * The comparison page's then-vs-now mode: two recorded versions of one document, decompressed, analysed by the
 * background and compared by the same engine as regional versions, each labelled by the date it was read.
 */
import { compareVersions } from '../core/compare/compare';
import { unpackPolicyText } from '../background/history-codec';
import { HISTORY_KEYS, type HistoryVersion } from '../platform/history-keys';
import { send } from '../platform/runtime';
import { read } from '../platform/storage';
import type { StoredComparison } from '../platform/storage-keys';
import { versionLabels } from './version-labels';

export async function thenNowComparison(params: URLSearchParams): Promise<StoredComparison | null> {
  const documentKey = params.get('history') ?? '';
  const doc = await read(HISTORY_KEYS.historyDocument(documentKey));
  const pick = (at: string | null): HistoryVersion | undefined => doc?.versions.find((v) => v.recordedAt === at);
  const then = pick(params.get('then'));
  const now = pick(params.get('now'));
  if (!doc || !then || !now) return null;
  const labels = versionLabels(then.recordedAt, now.recordedAt);
  const versions = [];
  for (const [i, v] of [then, now].entries()) {
    const policyText = await unpackPolicyText(v.packedText);
    const analysis = await send('popup/analyze', { policyText });
    if (!analysis.ok) throw new Error(analysis.error);
    versions.push({ region: labels[i]!, policyText, analysis: analysis.value });
  }
  return {
    createdAt: new Date().toISOString(),
    pageUrl: doc.url,
    comparison: compareVersions(versions),
    versions: [then, now].map((v, i) => ({ region: labels[i]!, url: doc.url, source: 'history', fetchedAt: v.recordedAt })),
  };
}
