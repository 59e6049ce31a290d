/**
 * The watch list: watched policies are fetched again on a schedule (same rules as regional versions: https or
 * localhost, no cookies, time and size caps, same-site redirects), read, analysed and recorded like a visit. A
 * material change raises a notification; a rewording only updates the record. Every effect is a dependency, so
 * the run is tested with real stores and fetches of authored pages.
 */
import { documentKeyOf } from '../core/annotation/document-key';
import type { ChangeWording } from '../core/history';
import type { Analysis } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';
import type { FetchedDocument } from '../platform/fetch-policy';
import type { HistoryNews, WatchEntry } from '../platform/history-keys';
import type { Result } from '../platform/result';
import { recordVersion } from './history';
import type { HistoryStore } from './history-store';
import { afterCheck, dueEntries, notifies, type CheckOutcome } from './watch-schedule';

export interface WatchDeps {
  store: HistoryStore;
  fetchDocument(url: string): Promise<Result<FetchedDocument>>;
  readText(body: string, kind: 'html' | 'markdown'): Promise<PolicyText>;
  analyze(policyText: PolicyText): Analysis;
  readList(): Promise<Record<string, WatchEntry>>;
  /** Read-modify-write of the list, serialized by the caller's storage layer. */
  updateList(change: (all: Record<string, WatchEntry>) => Record<string, WatchEntry>): Promise<unknown>;
  notify(news: HistoryNews, entry: WatchEntry): Promise<void>;
  now?: () => Date;
  /** The words of change lines (the reader's language); English when absent. */
  wording?: ChangeWording;
}

const kindOf = (doc: FetchedDocument) =>
  /markdown/i.test(doc.contentType) || /\.(?:md|markdown)(?:$|[?#])/i.test(doc.url) ? 'markdown' : 'html';

/** Fetches, reads, analyses and records one watched policy. */
export async function checkOne(deps: WatchDeps, entry: WatchEntry): Promise<{ outcome: CheckOutcome; news?: HistoryNews }> {
  const fetched = await deps.fetchDocument(entry.url);
  if (!fetched.ok) return { outcome: { kind: 'failed', error: fetched.error } };
  let policyText: PolicyText;
  try {
    policyText = await deps.readText(fetched.value.body, kindOf(fetched.value));
  } catch (e) {
    return { outcome: { kind: 'failed', error: `could not read the page: ${e instanceof Error ? e.message : String(e)}` } };
  }
  if (!policyText.text.trim()) return { outcome: { kind: 'failed', error: 'the page has no text (it may need scripts to show it)' } };
  // Watched policies are recorded even while visits are paused: watching is asking for exactly that.
  const { outcome, news } = await recordVersion(
    deps.store,
    entry.url,
    policyText,
    deps.analyze(policyText),
    deps.wording ? { force: true, wording: deps.wording } : { force: true },
  );
  if (outcome.kind === 'changed' && news) return { outcome: { kind: 'changed', lines: news.lines }, news };
  return { outcome: { kind: 'unchanged' } };
}

/**
 * One run of the schedule: every due entry (every entry with `force`, or just `only`), one after another, each
 * outcome saved.
 */
export async function runWatch(deps: WatchDeps, force = false, only?: string[]): Promise<number> {
  const now = deps.now ?? (() => new Date());
  const list = await deps.readList();
  const due = only ? only.filter((k) => k in list) : dueEntries(list, now(), force);
  for (const key of due) {
    const entry = list[key]!;
    const { outcome, news } = await checkOne(deps, entry).catch((e: unknown) => ({
      outcome: { kind: 'failed', error: e instanceof Error ? e.message : String(e) } as CheckOutcome,
      news: undefined,
    }));
    // The reader may have unwatched it meanwhile: only an entry still listed is updated.
    await deps.updateList((all) => (all[key] ? { ...all, [key]: afterCheck(all[key]!, outcome, now()) } : all));
    if (news && notifies(outcome)) await deps.notify(news, entry).catch(() => undefined);
  }
  return due.length;
}

export function watchEntry(url: string, now = new Date()): { key: string; entry: WatchEntry } {
  return { key: documentKeyOf(url), entry: { url, addedAt: now.toISOString() } };
}
