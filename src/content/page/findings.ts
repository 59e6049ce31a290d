import { explanationFor } from '../../core/explain/explanations';
import { summarize } from '../../core/nlp/summary';
import type { DataType, Practice, Stance, SummaryValue } from '../../core/nlp/types';
import { MAX_POLICY_CHARS, type PolicyText } from '../../core/text/policy-text';
import { unreadNotices } from '../../core/report/unread';
import { extractPolicyTextSliced, type NodeSpan } from '../../dom/extract';
import { offsetOf, OwnHighlights, rangeFor, setHighlights, type HighlightApi } from '../../dom/highlight';
import { yieldToPage } from '../../dom/walk';
import type { FindingsState, NoteFormInit, NoteFormSubmission, PageAnalysis } from '../../platform/messages';
import type { NoteChange } from '../../core/annotation/store-change';
import type { NoteFrame } from './note-frame';
import type { HistoryNews } from '../../platform/history-keys';
import type { Result } from '../../platform/result';
import { selectorsOf, type PolicyAnnotation } from '../../core/annotation/model';
import {
  CATEGORY_NAMES,
  FLASH_HIGHLIGHT,
  highlightCss,
  NOTE_HIGHLIGHT,
  PASSAGE_HIGHLIGHT,
  categoryName,
  randomHighlightPrefix,
} from './categories';
import { adoptStyles } from './styles';
import { FollowRate } from './follow-rate';
import { anchorNotes, noteText, passageLink, personNote, reviewOf, tagsOf, withNoteText, type AnchoredNote } from './notes';
import {
  mountPanel,
  PANEL_HOST_TAG,
  type PanelFinding,
  type PanelFormRequest,
  type PanelHandle,
  type PanelNote,
  type PanelSide,
  type Translate,
} from './panel';
import { oneFindingPerSentence } from '../../core/report/findings';
import { findingState } from '../../core/report/finding-state';
import { practiceQuote } from '../../core/report/practice-quote';

export interface FindingsDeps {
  doc: Document;
  win: Window;
  /** `cutAt`: the page had more text than MAX_POLICY_CHARS and was read up to there. */
  analyze: (policyText: PolicyText, cutAt?: number) => Promise<Result<PageAnalysis>>;
  t: Translate;
  collapsed: { get: () => Promise<boolean>; set: (collapsed: boolean) => Promise<void> };
  /** The side the panel is docked on, remembered per site. */
  side?: { get: () => Promise<PanelSide>; set: (side: PanelSide) => Promise<void> };
  /** The name annotations are signed with (the options page's setting). */
  creatorName?: () => Promise<string>;
  highlights?: HighlightApi;
  /** Prefix of our highlight names; random per page load unless a test fixes it (see categories.ts). */
  highlightPrefix?: string;
  signal: AbortSignal;
  now?: () => number;
  panelMode?: ShadowRootMode;
  notes?: NotesDeps;
  copy?: (text: string) => Promise<void>;
  /** Renders what changed since the reader's last visit, shown above the findings (history-banner.ts). */
  historyBanner?: (news: HistoryNews) => { node: Node; css: string };
}

/** The reader's annotations, through their one writer (the background); `watch` follows changes made elsewhere. */
export interface NotesDeps {
  load: () => Promise<{ annotations: PolicyAnnotation[]; readOnly?: string }>;
  change: (change: NoteChange) => Promise<{ annotations: PolicyAnnotation[]; nearlyFull: boolean }>;
  watch?: (onChange: () => void, signal: AbortSignal) => void;
  /** The note form's frame (see note-frame.ts); without it the panel builds the form in the page. */
  frame?: NoteFrame;
}

export interface FindingsController {
  run(): Promise<void>;
  /**
   * A note, a note's new text or a dispute's reason typed in the note form's frame; rejects (with the reason)
   * when it was not saved.
   */
  submitNote(submission: NoteFormSubmission): Promise<void>;
  /** What the open form is for, for that form only (its token). */
  noteFormInit(token: string): NoteFormInit;
  state(): FindingsState;
  setHighlightsVisible(visible: boolean): FindingsState;
  jumpTo(type: DataType): boolean;
  /** The keyboard shortcut "open the panel": opens it and moves focus in. */
  focusPanel(): Promise<void>;
  /** The keyboard shortcut "annotate the selection": opens the note form on the selected text. */
  annotateSelection(): Promise<boolean>;
  /** What changed since the last visit, above the findings; null takes it away. */
  showHistory(news: HistoryNews | null): Promise<void>;
}

const FLASH_MS = 1600;
/** Room left above a passage the panel scrolls to. */
const SCROLL_MARGIN = 72;

/**
 * The findings of one page: extracts its text in slices, has it analysed, highlights the passages, fills the
 * panel, follows the page when it changes, and answers the popup.
 */
export function startFindings(deps: FindingsDeps): FindingsController {
  const { doc, win, t, signal } = deps;
  const now = deps.now ?? (() => performance.now());
  let status: FindingsState['status'] = 'idle';
  let visible = true;
  let practices: Practice[] = [];
  let ranges: (Range | null)[] = [];
  let evidence: Range[][] = [];
  let panel: PanelHandle | undefined;
  let lastText: string | undefined;
  let currentText: PolicyText | undefined;
  let currentSpans: NodeSpan[] = [];
  let annotations: PolicyAnnotation[] = [];
  let anchored: AnchoredNote[] = [];
  let noteRanges = new Map<string, Range>();
  let notice: string | undefined;
  /** Why the annotations cannot be changed here, when they cannot (see AnnotationStore). */
  let readOnly: string | undefined;
  /** The analysis stopped at its time budget: how much of the text it covered. */
  let partialNotice: string | undefined;
  let selection: { start: number; end: number } | undefined;
  let lastSummary: Record<DataType, SummaryValue> | undefined;
  const prefix = deps.highlightPrefix ?? randomHighlightPrefix();
  const own = deps.highlights ? new OwnHighlights(deps.highlights) : undefined;
  const allHighlights = [...CATEGORY_NAMES, PASSAGE_HIGHLIGHT, NOTE_HIGHLIGHT].map((n) => `${prefix}${n}`);
  if (own) adoptStyles(doc, highlightCss(prefix), signal);

  const ensurePanel = async () => {
    panel ??= mountPanel({
      doc,
      t,
      collapsed: await deps.collapsed.get().catch(() => false),
      side: (await deps.side?.get().catch(() => undefined)) ?? 'right',
      onSideChange: (side) => void deps.side?.set(side).catch(() => undefined),
      onSelect: (i) => void select(i),
      onSaveNote: (n) => void saveNote(n),
      ...(deps.notes?.frame
        ? {
            mountNoteForm: (container: HTMLElement, quote: string, request: PanelFormRequest) =>
              openFrame(container, quote, request),
          }
        : {}),
      onReview: (i, verdict, reason) => void review(i, verdict, reason),
      onDeleteNote: (id) => void changeNotes({ put: [], remove: [id] }),
      onEditNote: (id, text) => {
        const a = annotations.find((x) => x.id === id);
        if (a) void changeNotes({ put: [withNoteText(a, text)], remove: [] });
      },
      onCopyLink: (id) => void copyLink(id),
      onSelectNote: (id) => void flash(noteRanges.get(id)),
      onComment: (i) => {
        const p = practices[i];
        if (p) selection = { start: p.start, end: p.end };
      },
      onCollapsedChange: (c) => void deps.collapsed.set(c).catch(() => undefined),
      signal,
      ...(deps.panelMode ? { mode: deps.panelMode } : {}),
    });
    return panel;
  };

  const paintHighlights = () => {
    if (!own) return;
    const groups = new Map<string, Range[]>();
    if (visible) {
      const passages = new Set<Range>();
      practices.forEach((p, i) => {
        const r = ranges[i];
        if (!r) return;
        passages.add(r);
        const name = categoryName(p.type, p.stance);
        groups.set(name, [...(groups.get(name) ?? []), ...(evidence[i] ?? [])]);
      });
      groups.set(PASSAGE_HIGHLIGHT, [...passages]);
      groups.set(NOTE_HIGHLIGHT, [...noteRanges.values()]);
    }
    setHighlights(own, new Map([...groups].map(([name, r]) => [`${prefix}${name}`, r])), allHighlights);
  };

  const reviewFor = (p: Practice) =>
    annotations.find(
      (a) =>
        a.policyLens?.review &&
        a.policyLens.dataType === p.type &&
        selectorsOf(a).some((s) => s.type === 'TextQuoteSelector' && s.exact === p.sentence),
    )?.policyLens?.review;

  const panelNotes = (): PanelNote[] =>
    anchored.map(({ annotation, anchor }) => {
      const quote = selectorsOf(annotation).find((s) => s.type === 'TextQuoteSelector');
      return {
        id: annotation.id,
        quote: quote && 'exact' in quote ? quote.exact : '',
        note: noteText(annotation),
        tags: tagsOf(annotation),
        // Anchored is "in place" even when the passage moved; fuzzy says what changed.
        state: anchor.state === 'fuzzy' ? (anchor.change ?? 'edited') : anchor.state,
        ...(annotation.policyLens?.dataType ? { dataType: annotation.policyLens.dataType } : {}),
        ...(annotation.policyLens?.stance ? { stance: annotation.policyLens.stance } : {}),
        ...(annotation.policyLens?.review ? { review: annotation.policyLens.review } : {}),
      };
    });

  const renderReady = () => {
    // The page may have deleted or repainted our highlights since: put them back before showing findings.
    own?.verify();
    if (!panel || !lastSummary) return;
    panel.render({
      status: status === 'too-busy' ? 'too-busy' : 'ready',
      findings: panelFindings(),
      summary: lastSummary,
      notes: panelNotes(),
      ...(notices().length ? { notice: notices().join(' ') } : {}),
    });
  };

  /** Re-anchors the stored annotations on the current text and maps them to ranges. */
  const anchorAll = () => {
    if (!currentText) return;
    anchored = anchorNotes(annotations, currentText);
    noteRanges = new Map();
    for (const { annotation, anchor } of anchored) {
      if (anchor.start === undefined || anchor.end === undefined) continue;
      const r = rangeFor(doc, currentSpans, anchor.start, anchor.end);
      if (r) noteRanges.set(annotation.id, r);
    }
  };

  const notices = () => [partialNotice, readOnly, notice].filter((n): n is string => n !== undefined);

  const showNotes = () => {
    anchorAll();
    paintHighlights();
    renderReady();
  };

  /**
   * Sends one change (by id) to the annotations' one writer and shows the document's list as stored now. On
   * failure nothing changes here and the reason is shown; the caller learns it (the note form keeps its text).
   */
  const changeNotes = async (change: NoteChange): Promise<string | undefined> => {
    if (!deps.notes) return 'annotations are not available here';
    if (readOnly) return readOnly;
    let failure: string | undefined;
    try {
      const saved = await deps.notes.change(change);
      annotations = saved.annotations;
      notice = saved.nearlyFull ? t('storageNearlyFull') : undefined;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
      notice = t('storageSaveFailed', failure);
    }
    showNotes();
    return failure;
  };

  /** Re-reads the stored annotations (an import, another tab's note) and re-anchors them, without a reload. */
  const reloadNotes = async () => {
    if (!deps.notes) return;
    try {
      const loaded = await deps.notes.load();
      annotations = loaded.annotations;
      readOnly = loaded.readOnly;
    } catch {
      // The background is gone (extension reloaded): keep what is shown.
    }
    showNotes();
  };

  const saveNote = async (n: { note: string; tags: string[]; dataType?: DataType; stance?: Stance }): Promise<string | undefined> => {
    if (!selection || !currentText) return 'no passage is selected';
    const creator = (await deps.creatorName?.().catch(() => '')) || undefined;
    const note = personNote({ ...selection, ...n, ...(creator ? { creator } : {}) }, currentText, win.location.href);
    const failure = await changeNotes({ put: [note], remove: [] });
    // The passage stays selected until the note is saved, so a failed save can be tried again.
    if (!failure) selection = undefined;
    return failure;
  };

  const reviewPractice = (p: Practice | undefined, verdict: 'confirmed' | 'disputed', reason: string): Promise<string | undefined> => {
    if (!p || !currentText) return Promise.resolve('this finding is no longer shown');
    return changeNotes({ put: [reviewOf(p, verdict, reason, currentText, win.location.href, 'Policy Lens analyzer 0.1.0')], remove: [] });
  };
  const review = (index: number, verdict: 'confirmed' | 'disputed', reason: string) => reviewPractice(practices[index], verdict, reason);

  /**
   * What the framed form open now is for, kept here (the frame learns only its kind and, for an edit, the
   * note's text): the finding is held as it was when the form opened, so a re-analysis meanwhile cannot turn
   * the dispute onto another finding.
   */
  let framed:
    | { kind: 'new' }
    | { kind: 'edit'; id: string; note: string }
    | { kind: 'dispute'; practice: Practice | undefined } = { kind: 'new' };
  const openFrame = (container: HTMLElement, quote: string, request: PanelFormRequest) => {
    framed = request.kind === 'dispute' ? { kind: 'dispute', practice: practices[request.index] } : request;
    deps.notes!.frame!.open(container, quote, request.kind);
  };
  const saveFramed = async (submission: NoteFormSubmission): Promise<string | undefined> => {
    switch (framed.kind) {
      case 'new':
        return saveNote({
          note: submission.note,
          tags: submission.tags,
          ...(submission.dataType ? { dataType: submission.dataType } : {}),
          ...(submission.stance ? { stance: submission.stance } : {}),
        });
      case 'edit': {
        const id = framed.id;
        const a = annotations.find((x) => x.id === id);
        return a ? changeNotes({ put: [withNoteText(a, submission.note)], remove: [] }) : 'this note is no longer stored';
      }
      case 'dispute':
        return reviewPractice(framed.practice, 'disputed', submission.note);
    }
  };

  const copyLink = async (id: string) => {
    const a = anchored.find((x) => x.annotation.id === id);
    if (!a || !currentText) return;
    const link = passageLink(win.location.href, currentText, a);
    if (link) await (deps.copy ?? ((text: string) => win.navigator.clipboard.writeText(text)))(link).catch(() => undefined);
  };

  /** Scrolls to a passage (a finding's or a note's) and flashes it. */
  const flash = (range: Range | null | undefined) => {
    if (!range) return false;
    // A passage inside a closed <details> is opened so it can be seen.
    for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
    }
    const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // The passage goes near the top of the window, where the panel (docked at the bottom) does not reach; if
    // it still would cover it (a short window, the end of the page), the panel moves aside.
    const rect = range.getBoundingClientRect();
    const top = rect.height > 0 || rect.width > 0 ? win.scrollY + rect.top - SCROLL_MARGIN : undefined;
    if (top !== undefined) win.scrollTo({ top: Math.max(0, top), behavior: reduced ? 'auto' : 'smooth' });
    else range.startContainer.parentElement?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    const uncover = () => panel?.avoid(range.getBoundingClientRect());
    if (reduced) uncover();
    else {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        uncover();
      };
      win.addEventListener('scrollend', once, { once: true, signal });
      // No scroll happened (already there), so no scrollend: check after a smooth scroll's usual length.
      win.setTimeout(once, 700);
    }
    if (own) {
      own.verify();
      own.set(`${prefix}${FLASH_HIGHLIGHT}`, [range]);
      win.setTimeout(() => own.delete(`${prefix}${FLASH_HIGHLIGHT}`), FLASH_MS);
    }
    return true;
  };

  /**
   * One finding per sentence per type (counts are of sentences); each points at the first occurrence of its
   * sentence, while every occurrence stays highlighted in the page.
   */
  const panelFindings = (): PanelFinding[] =>
    oneFindingPerSentence(practices)
      .map((p) => ({ p, index: practices.findIndex((q) => q.type === p.type && q.start === p.start), review: reviewFor(p) }))
      .map(({ p, index, review }) => ({
      index,
      type: p.type,
      stance: p.stance,
      state: findingState(p),
      ...(p.identifier !== undefined ? { identifier: p.identifier } : {}),
      conditions: p.conditions.map((c) => c.kind),
      purposes: p.purposes,
      ...(p.scope ? { scope: p.scope } : {}),
      quote: practiceQuote(p),
      explanationId: explanationFor(p).messageId,
      ...(review ? { review } : {}),
    }));

  /** Builds the sentence range and evidence ranges of each practice, yielding to the page between slices. */
  const buildRanges = async (spans: NodeSpan[]) => {
    const sentences: (Range | null)[] = [];
    const words: Range[][] = [];
    let sliceStart = now();
    for (const p of practices) {
      sentences.push(rangeFor(doc, spans, p.start, p.end));
      words.push(p.evidence.map((e) => rangeFor(doc, spans, e.start, e.end)).filter((r): r is Range => r !== null));
      if (now() - sliceStart > 8) {
        await yieldToPage();
        sliceStart = now();
      }
    }
    ranges = sentences;
    evidence = words;
  };

  let running: Promise<void> | undefined;
  const analyseOnce = async (): Promise<void> => {
    const view = await ensurePanel();
    if (status === 'idle') {
      status = 'loading';
      view.render({ status: 'loading' });
    }
    // The stored notes are asked for now, beside the extraction and the analysis, not after them: once the
    // background has answered the analysis it records the visit in history, which for a 2 MB page kept this
    // request waiting ~0.25 s.
    const notesLoading = deps.notes?.load().catch(() => ({ annotations, readOnly }));
    // Read up to the bound the background accepts, and say so, rather than fail on a page with more.
    const extracted = await extractPolicyTextSliced(doc.body ?? doc.documentElement, {
      withSpans: true,
      signal,
      now,
      maxChars: MAX_POLICY_CHARS,
    });
    if (extracted.policyText.text !== lastText) {
      const result = await deps.analyze(extracted.policyText, extracted.cutAt);
      if (!result.ok) {
        status = 'error';
        view.render({ status: 'error', message: result.error });
        return;
      }
      lastText = extracted.policyText.text;
      // The sentence text comes from the page's own extraction, not back over the wire.
      practices = result.value.practices.map((p) => ({ ...p, sentence: lastText!.slice(p.start, p.end), section: '' }));
      currentText = extracted.policyText;
      currentSpans = extracted.spans;
      await buildRanges(extracted.spans);
      if (notesLoading) {
        const loaded = await notesLoading;
        annotations = loaded.annotations;
        readOnly = loaded.readOnly;
      }
      const partial = result.value.partial ? [t('analysisPartial', String(Math.floor(result.value.partial.share * 100)))] : [];
      const unread = [...partial, ...unreadNotices(t, result.value.unread)];
      partialNotice = unread.length > 0 ? unread.join(' ') : undefined;
      anchorAll();
      paintHighlights();
      if (status !== 'too-busy') status = 'ready';
      lastSummary = result.value.summary;
      renderReady();
    } else {
      // Same text, new nodes perhaps (a re-render): the highlights follow the text.
      currentSpans = extracted.spans;
      await buildRanges(extracted.spans);
      anchorAll();
      paintHighlights();
    }
  };
  const run = () => {
    running ??= analyseOnce()
      .catch((e: unknown) => {
        if ((e as { name?: string }).name === 'AbortError') return;
        status = 'error';
        panel?.render({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const select = (index: number) => flash(ranges[index]);

  // Hovering a highlighted passage explains it in one line.
  let frame = 0;
  const caretAt = (x: number, y: number): { node: Node; offset: number } | undefined => {
    const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : undefined;
    }
    const r = doc.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  };
  doc.addEventListener(
    'mousemove',
    (e) => {
      if (frame || !visible || practices.length === 0) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (!panel) return;
        if (e.composedPath().some((n) => (n as Element).tagName?.toLowerCase() === PANEL_HOST_TAG)) return panel.hideTooltip();
        const caret = caretAt(e.clientX, e.clientY);
        const index = caret
          ? ranges.findIndex((r) => {
              try {
                return r !== null && r.comparePoint(caret.node, caret.offset) === 0 && caret.offset < (caret.node.textContent?.length ?? 0);
              } catch {
                return false;
              }
            })
          : -1;
        if (index < 0) return panel.hideTooltip();
        panel.showTooltip(`${t(explanationFor(practices[index]!).messageId)}`, e.clientX, e.clientY);
      });
    },
    { passive: true, signal },
  );

  // Selecting text offers "Annotate".
  const onSelectionEnd = () => {
    const sel = doc.getSelection();
    if (!panel || !currentText || !sel || sel.isCollapsed || sel.rangeCount === 0) {
      panel?.showAnnotate(undefined);
      return;
    }
    const range = sel.getRangeAt(0);
    if ((range.commonAncestorContainer as Element).closest?.(PANEL_HOST_TAG) || range.commonAncestorContainer === panel.host) return;
    const start = offsetOf(currentSpans, range.startContainer, range.startOffset);
    const end = offsetOf(currentSpans, range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) {
      panel.showAnnotate(undefined);
      return;
    }
    selection = { start, end };
    const rect = range.getBoundingClientRect();
    panel.showAnnotate({ x: rect.right - 80, y: rect.bottom, quote: currentText.text.slice(start, end) });
  };
  doc.addEventListener('mouseup', () => win.setTimeout(onSelectionEnd, 0), { signal });
  doc.addEventListener('keyup', (e) => e.shiftKey && onSelectionEnd(), { signal });

  // Follow the page: re-analyse after it settles; a page that never does, at a bounded rate.
  let settle = 0;
  const follow = new FollowRate();
  const MO = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new MO((records) => {
    const ours = (n: Node) => n === panel?.host || (n.nodeType === 1 && (n as Element).closest(PANEL_HOST_TAG) !== null);
    const outside = records.some((r) => {
      if (ours(r.target)) return false;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return !(r.type === 'childList' && nodes.length > 0 && nodes.every(ours));
    });
    if (!outside) return;
    const action = follow.onChange(settle !== 0, now());
    if (!action.restart) return;
    win.clearTimeout(settle);
    settle = win.setTimeout(() => {
      settle = 0;
      if (follow.onTimer(now()).becameBusy) {
        // Said once in the panel; the page is still followed, at the bounded rate (see follow-rate.ts).
        status = 'too-busy';
        lastSummary ??= summarize(practices);
        renderReady();
      }
      void run();
    }, action.delayMs);
  });
  // An import in the popup or a note in another tab shows here at once, re-anchored.
  deps.notes?.watch?.(() => {
    if (currentText) void reloadNotes();
  }, signal);
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(settle);
    if (own) setHighlights(own, new Map(), [...allHighlights, `${prefix}${FLASH_HIGHLIGHT}`]);
  });

  const state = (): FindingsState => {
    own?.verify();
    return { status, highlightsVisible: visible, findings: oneFindingPerSentence(practices).length };
  };
  return {
    run,
    state,
    async submitNote(submission) {
      const frame = deps.notes?.frame;
      // Only the form this page module opened, with its token, may add or change a note.
      if (!frame?.token || submission.token !== frame.token) throw new Error('this note form is no longer open');
      const failure = await saveFramed(submission);
      if (failure) throw new Error(failure);
      frame.close();
    },
    noteFormInit(token) {
      const frame = deps.notes?.frame;
      if (!frame?.token || token !== frame.token) throw new Error('this note form is no longer open');
      return { kind: framed.kind, note: framed.kind === 'edit' ? framed.note : '' };
    },
    setHighlightsVisible(v) {
      visible = v;
      paintHighlights();
      if (!v) panel?.hideTooltip();
      return state();
    },
    async focusPanel() {
      (await ensurePanel()).focus();
    },
    async annotateSelection() {
      const sel = doc.getSelection();
      if (!currentText || !sel || sel.isCollapsed || sel.rangeCount === 0) return false;
      const range = sel.getRangeAt(0);
      const start = offsetOf(currentSpans, range.startContainer, range.startOffset);
      const end = offsetOf(currentSpans, range.endContainer, range.endOffset);
      if (start === undefined || end === undefined || end <= start) return false;
      selection = { start, end };
      (await ensurePanel()).openNoteForm(currentText.text.slice(start, end));
      return true;
    },
    jumpTo(type) {
      const index = practices.findIndex((p, i) => p.type === type && ranges[i]);
      return index >= 0 && select(index);
    },
    async showHistory(news) {
      if (!deps.historyBanner) return;
      const banner = news ? deps.historyBanner(news) : undefined;
      (await ensurePanel()).setBanner(banner?.node ?? null, banner?.css);
    },
  };
}
