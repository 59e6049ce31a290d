import type { Judgement, Verdict } from '../core/detect/types';
import type { Analysis, ConditionKind, DataType, Stance, SummaryValue } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';
import type { FetchedDocument } from './fetch-policy';
import type { PageLink } from '../core/regions/discover';
import type { HistoryNews, WatchEntry } from './history-keys';
import type { AnnotationCollection, PolicyAnnotation } from '../core/annotation/model';
import type { NoteChange } from '../core/annotation/store-change';

/**
 * An analysis that stopped at its time budget (a page unusually long or complex): what it covered, so the panel
 * and the popup can say "analysed the first N% of this page".
 */
export interface PartialAnalysis {
  reason: 'time-budget';
  /** Characters of the text analysed, from its start. */
  analyzedChars: number;
  /** The same as a share of the whole text, 0..1. */
  share: number;
}

/**
 * Text the analysis did not read although it had time: counted, so the panel and the popup can say so (issue 12).
 * `skippedPieces`: stretches of up to MAX_SENTENCE_CHARS with no sentence end, which the analyzer skips (see
 * core/nlp/sentences); `cutAt`: the page's text was longer than MAX_POLICY_CHARS and was read up to there.
 */
export interface UnreadText {
  skippedPieces: number;
  /** The analyzer's sentence bound: the longest a skipped stretch is. */
  pieceChars: number;
  cutAt?: number;
}

/** An analysis as the page receives it: practices without their sentence text and section, which the page has. */
export interface PageAnalysis {
  summary: Analysis['summary'];
  identifiers: Analysis['identifiers'];
  practices: Omit<Analysis['practices'][number], 'sentence' | 'section'>[];
  partial?: PartialAnalysis;
  unread?: UnreadText;
}

/** What the page shows, as the popup asks. */
export interface FindingsState {
  status: 'idle' | 'loading' | 'ready' | 'error' | 'too-busy';
  highlightsVisible: boolean;
  findings: number;
}

/** What the popup needs of an analysis: the summary and one key quote per type. */
export interface AnalysisDigest {
  summary: Record<DataType, SummaryValue>;
  identifiers: Analysis['identifiers'];
  /**
   * Per type, the sentence the summary value rests on (same stance as the value), its data words (offsets in the
   * sentence), and the weaker statement the other way, if the policy makes one.
   */
  keyQuotes: Partial<
    Record<
      DataType,
      {
        sentence: string;
        stance: Stance;
        conditional: boolean;
        identifier?: boolean;
        evidence?: { start: number; end: number }[];
        contrary?: { stance: Stance; conditions: ConditionKind[] };
      }
    >
  >;
  practiceCount: number;
  /** Time the analysis took in the background, in ms. */
  ms: number;
  analyzedAt: string;
  /** Present when the analysis stopped at its time budget. */
  partial?: PartialAnalysis;
  /** Present when some text was skipped or cut (see UnreadText). */
  unread?: UnreadText;
}

/** What the extension knows about one tab; kept by the background per tab. */
export interface TabState {
  url: string;
  verdict: Verdict;
  /** ISO time of the verdict. */
  checkedAt: string;
  /** Present once a detected policy has been analysed. */
  analysis?: AnalysisDigest;
  /** What changed since the reader's last visit, when the text differs. */
  history?: HistoryNews;
  /** The version this page load recorded: a re-analysis of the same load replaces it rather than adding one. */
  historyRecordedAt?: string;
  /**
   * The document that reported (the browser's `sender.documentId`, where it gives one): a report from the same
   * document (a fragment link, `pushState`) keeps the analysis, one from a new document (a reload) does not.
   */
  documentId?: string;
  /**
   * The tab started loading since this state was recorded: a reload or a navigation, perhaps to the same
   * address. Until its document reports, the popup shows a loading state, not these findings.
   */
  navigating?: true;
}

/** History and watch list as the popup shows them. */
export interface HistoryStatus {
  paused: boolean;
  /** Versions recorded of this document, and documents recorded in all. */
  versions: number;
  documents: number;
  watched: boolean;
  watchList: (WatchEntry & { documentKey: string })[];
  /** Every site with recorded versions, for the options page's "forget a site". */
  sites: HistorySite[];
}

/** One site's share of history: its origin, how many documents and versions of them are kept. */
export interface HistorySite {
  origin: string;
  documents: number;
  versions: number;
}

/**
 * Every cross-context message, keyed by name, typed by direction (house rule 4). Payloads are plain JSON.
 * content → background: what the page is. popup → background: what a tab is.
 */
export interface MessageMap {
  /** The verdict as codes (no English on every page); the background adds the English before storing it. */
  'content/verdict': { request: { url: string; verdict: Judgement }; response: null };
  'popup/tab-state': { request: { tabId: number }; response: TabState | null };
  /** popup → the tab's content script: what the page shows. */
  'tab/findings-state': { request: Record<string, never>; response: FindingsState };
  /** popup → tab: show or hide the highlights. */
  'tab/set-highlights': { request: { visible: boolean }; response: FindingsState };
  /** popup → tab: scroll to the first finding of a type and flash it; false when there is none. */
  'tab/jump': { request: { type: DataType }; response: boolean };
  /** popup → tab: analyse this page even though it was not detected as a policy. */
  'tab/analyze': { request: Record<string, never>; response: FindingsState };
  /** popup → tab: the page's links, alternates and regional parts, for finding its regional versions. */
  'tab/variants': {
    request: Record<string, never>;
    response: { url: string; links: PageLink[]; inPage: { region: string; label: string }[] };
  };
  /** background → tab: a keyboard shortcut (manifest `commands`) for this page; false when it did nothing. */
  'tab/command': { request: { command: ShortcutCommand }; response: boolean };
  /** popup/report → background: analyse a fetched version's text. */
  'popup/analyze': { request: { policyText: PolicyText }; response: Analysis };
  /** content → background: one slice of a page's text, sent ahead of 'content/analyze' (see `sendPolicyText`). */
  'content/text-chunk': { request: { upload: string; index: number; part: string }; response: null };
  /**
   * content → background: analyse the page's text, uploaded in `chunks` slices (the analyzer runs in the
   * background, off the page's main thread). The reply leaves out what the page already has (sentence text).
   */
  /** `cutAt`: the page's text was longer than MAX_POLICY_CHARS and was sent up to there. */
  'content/analyze': {
    request: { url: string; upload: string; chunks: number; blocks: PolicyText['blocks']; cutAt?: number };
    response: PageAnalysis;
  };
  /** content → background: the reader's annotations on this page (the background is their one writer). */
  'content/notes-load': { request: { url: string }; response: { annotations: PolicyAnnotation[]; readOnly?: string } };
  /** content → background: one change by id, applied to what is stored now; the reply is the page's list now. */
  'content/notes-change': {
    request: { url: string; change: NoteChange };
    response: { annotations: PolicyAnnotation[]; nearlyFull: boolean };
  };
  /** popup → background: merge an imported (validated) collection. */
  'popup/notes-import': { request: { collection: AnnotationCollection }; response: { added: number; updated: number; skipped: number } };
  /**
   * note form (an extension page framed in the panel) → background → the tab's content script: the note the
   * reader typed, with the token the content script put in the form's address. The reply says whether it was
   * saved; on failure the form keeps the text.
   */
  'note-form/submit': { request: NoteFormSubmission; response: null };
  'tab/note-submit': { request: NoteFormSubmission; response: null };
  /** note form frame → background → its tab: what the form is for (a new note, an edit, a dispute), by token. */
  'note-form/init': { request: { token: string }; response: NoteFormInit };
  'tab/note-form-init': { request: { token: string }; response: NoteFormInit };
  /**
   * background → the tab's top frame, after the analysis reply (recording costs about as much as analysing, so
   * the findings do not wait for it): what changed since the reader's last visit, or null for nothing.
   */
  'tab/history': { request: { news: HistoryNews | null }; response: null };
  /** popup → background: history and watch list state for a page. */
  'history/status': { request: { url: string }; response: HistoryStatus };
  /** popup/options → background: stop or resume recording visits. */
  'history/pause': { request: { paused: boolean }; response: null };
  /** popup/options → background: forget a site's history (an origin) or all of it. */
  'history/forget': { request: { origin?: string }; response: { forgotten: number } };
  /** panel → background: open the then-vs-now page (a page cannot open extension pages itself). */
  'history/open-then-now': { request: { documentKey: string; thenAt: string; nowAt: string }; response: null };
  /** popup → background: watch a policy (its origin was granted in the click); checks it once at once. */
  'watch/add': { request: { url: string }; response: WatchEntry };
  'watch/remove': { request: { url: string }; response: null };
  /** popup → background: check every watched policy now, as the daily alarm does. */
  'watch/check-now': { request: Record<string, never>; response: { checked: number } };
  /** background → offscreen document (Chrome): HTML or Markdown to PolicyText, where a DOMParser exists. */
  'offscreen/extract': { request: { body: string; kind: 'html' | 'markdown' }; response: PolicyText };
  /** background → offscreen document (Chrome): a watched policy fetched there, so the worker needs no fetcher. */
  'offscreen/fetch': { request: { url: string }; response: FetchedDocument };
}

/**
 * What one framed form is for: a new note on a passage, a new text for one of the reader's notes (`note` is
 * its text now, to edit), or the reason a machine finding is wrong. Whose note or which finding stays in the
 * content script; the frame learns only what it shows.
 */
export type NoteFormKind = 'new' | 'edit' | 'dispute';
export interface NoteFormInit {
  kind: NoteFormKind;
  note: string;
}

/**
 * What the note form sends: typed in an extension-origin frame, so the page's listeners never see the keys.
 * An edit or a dispute sends its text as `note`, with no tags.
 */
export interface NoteFormSubmission {
  token: string;
  note: string;
  tags: string[];
  dataType?: DataType;
  stance?: Stance;
}

export type MessageName = keyof MessageMap;

/** The keyboard shortcuts declared under `commands` in the manifest. */
export const SHORTCUT_COMMANDS = ['open-panel', 'annotate-selection'] as const;
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number];
export type RequestOf<K extends MessageName> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageName> = MessageMap[K]['response'];

/**
 * On the wire a message is its name and its payload as one JSON string, and so is the reply. Browsers copy a
 * big object across contexts field by field (Chrome took 43 ms for a 34 000-word policy on the page's main
 * thread); one string costs a few ms to write and to read.
 */
export interface Envelope {
  name: string;
  json: string;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Envelope).name === 'string' &&
    typeof (value as Envelope).json === 'string'
  );
}

export const pack = <K extends MessageName>(name: K, payload: RequestOf<K>): Envelope => ({ name, json: JSON.stringify(payload) });

/** Replies travel as JSON strings too; anything else that comes back is a failure, as a value. */
export function unpackReply<T>(reply: unknown): { ok: true; value: T } | { ok: false; error: string } {
  if (typeof reply !== 'string') return { ok: false, error: 'no reply' };
  try {
    return JSON.parse(reply) as { ok: true; value: T } | { ok: false; error: string };
  } catch {
    return { ok: false, error: 'unreadable reply' };
  }
}
