import { explanationFor } from '../../core/explain/explanations';
import { summarize } from '../../core/nlp/summary';
import type { DataType, Practice, Stance, SummaryValue } from '../../core/nlp/types';
import type { PolicyText } from '../../core/text/policy-text';
import { extractPolicyTextSliced, type NodeSpan } from '../../dom/extract';
import { offsetOf, rangeFor, setHighlights, type HighlightApi } from '../../dom/highlight';
import { yieldToPage } from '../../dom/walk';
import type { FindingsState, PageAnalysis } from '../../platform/messages';
import type { HistoryNews } from '../../platform/history-keys';
import type { Result } from '../../platform/result';
import { selectorsOf, type PolicyAnnotation } from '../../core/annotation/model';
import { CATEGORY_NAMES, FLASH_HIGHLIGHT, HIGHLIGHT_PREFIX, NOTE_HIGHLIGHT, PASSAGE_HIGHLIGHT, categoryName } from './categories';
import { anchorNotes, noteText, passageLink, personNote, reviewOf, tagsOf, withNoteText, type AnchoredNote } from './notes';
import { mountPanel, PANEL_HOST_TAG, type PanelFinding, type PanelHandle, type PanelNote, type PanelSide, type Translate } from './panel';
import { oneFindingPerSentence } from '../../core/report/findings';
import { findingState } from '../../core/report/finding-state';
import { practiceQuote } from '../../core/report/practice-quote';

export interface FindingsDeps {
  doc: Document;
  win: Window;
  analyze: (policyText: PolicyText) => Promise<Result<PageAnalysis>>;
  t: Translate;
  collapsed: { get: () => Promise<boolean>; set: (collapsed: boolean) => Promise<void> };
  /** The side the panel is docked on, remembered per site. */
  side?: { get: () => Promise<PanelSide>; set: (side: PanelSide) => Promise<void> };
  /** The name annotations are signed with (the options page's setting). */
  creatorName?: () => Promise<string>;
  highlights?: HighlightApi;
  signal: AbortSignal;
  now?: () => number;
  panelMode?: ShadowRootMode;
  notes?: { load: () => Promise<PolicyAnnotation[]>; save: (all: PolicyAnnotation[]) => Promise<{ nearlyFull: boolean }> };
  copy?: (text: string) => Promise<void>;
  /** Renders what changed since the reader's last visit, shown above the findings (history-banner.ts). */
  historyBanner?: (news: HistoryNews) => { node: Node; css: string };
}

export interface FindingsController {
  run(): Promise<void>;
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

/** Re-analyses after the page settles; more than this many re-runs in a minute means the page never settles. */
const SETTLE_MS = 1200;
const MAX_RUNS_PER_MINUTE = 6;
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
  let selection: { start: number; end: number } | undefined;
  let lastSummary: Record<DataType, SummaryValue> | undefined;
  const runTimes: number[] = [];

  const ensurePanel = async () => {
    panel ??= mountPanel({
      doc,
      t,
      collapsed: await deps.collapsed.get().catch(() => false),
      side: (await deps.side?.get().catch(() => undefined)) ?? 'right',
      onSideChange: (side) => void deps.side?.set(side).catch(() => undefined),
      onSelect: (i) => void select(i),
      onSaveNote: (n) => void saveNote(n),
      onReview: (i, verdict, reason) => void review(i, verdict, reason),
      onDeleteNote: (id) => void changeNotes(annotations.filter((a) => a.id !== id)),
      onEditNote: (id, text) => void changeNotes(annotations.map((a) => (a.id === id ? withNoteText(a, text) : a))),
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
    if (!deps.highlights) return;
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
    setHighlights(deps.highlights, HIGHLIGHT_PREFIX, groups, [...CATEGORY_NAMES, PASSAGE_HIGHLIGHT, NOTE_HIGHLIGHT]);
  };

  const reviewFor = (p: Practice) =>
    annotations.find((a) => a.policyLens?.review && a.policyLens.dataType === p.type && selectorsOf(a).some((s) => s.type === 'TextQuoteSelector' && s.exact === p.sentence))?.policyLens?.review;

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
    if (!panel || !lastSummary) return;
    panel.render({
      status: status === 'too-busy' ? 'too-busy' : 'ready',
      findings: panelFindings(),
      summary: lastSummary,
      notes: panelNotes(),
      ...(notice ? { notice } : {}),
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

  const changeNotes = async (next: PolicyAnnotation[]) => {
    if (!deps.notes) return;
    const previous = annotations;
    annotations = next;
    try {
      const { nearlyFull } = await deps.notes.save(next);
      notice = nearlyFull ? t('storageNearlyFull') : undefined;
    } catch (e) {
      // Nothing the reader stored is lost: keep what was there and say why.
      annotations = previous;
      notice = t('storageSaveFailed', e instanceof Error ? e.message : String(e));
    }
    anchorAll();
    paintHighlights();
    renderReady();
  };

  const saveNote = async (n: { note: string; tags: string[]; dataType?: DataType; stance?: Stance }) => {
    if (!selection || !currentText) return;
    const creator = (await deps.creatorName?.().catch(() => '')) || undefined;
    const note = personNote({ ...selection, ...n, ...(creator ? { creator } : {}) }, currentText, win.location.href);
    selection = undefined;
    await changeNotes([...annotations, note]);
  };

  const review = async (index: number, verdict: 'confirmed' | 'disputed', reason: string) => {
    const p = practices[index];
    if (!p || !currentText) return;
    await changeNotes([...annotations, reviewOf(p, verdict, reason, currentText, win.location.href, 'Policy Lens analyzer 0.1.0')]);
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
    for (let el = range.startContainer.parentElement; el; el = el.parentElement) if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
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
    if (deps.highlights) {
      deps.highlights.registry.set(`${HIGHLIGHT_PREFIX}${FLASH_HIGHLIGHT}`, deps.highlights.create([range]));
      win.setTimeout(() => deps.highlights?.registry.delete(`${HIGHLIGHT_PREFIX}${FLASH_HIGHLIGHT}`), FLASH_MS);
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
    const extracted = await extractPolicyTextSliced(doc.body ?? doc.documentElement, { withSpans: true, signal, now });
    if (extracted.policyText.text !== lastText) {
      const result = await deps.analyze(extracted.policyText);
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
      if (deps.notes) annotations = await deps.notes.load().catch(() => annotations);
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

  // Follow the page: re-analyse after it settles; stop following a page that never does.
  let settle = 0;
  const MO = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new MO((records) => {
    const ours = (n: Node) => n === panel?.host || (n.nodeType === 1 && (n as Element).closest(PANEL_HOST_TAG) !== null);
    const outside = records.some((r) => {
      if (ours(r.target)) return false;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return !(r.type === 'childList' && nodes.length > 0 && nodes.every(ours));
    });
    if (!outside || status === 'too-busy') return;
    win.clearTimeout(settle);
    settle = win.setTimeout(() => {
      const t0 = now();
      while (runTimes.length && t0 - runTimes[0]! > 60_000) runTimes.shift();
      if (runTimes.length >= MAX_RUNS_PER_MINUTE) {
        status = 'too-busy';
        observer.disconnect();
        lastSummary ??= summarize(practices);
        renderReady();
        return;
      }
      runTimes.push(t0);
      void run();
    }, SETTLE_MS);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(settle);
    if (deps.highlights) setHighlights(deps.highlights, HIGHLIGHT_PREFIX, new Map(), [...CATEGORY_NAMES, PASSAGE_HIGHLIGHT, NOTE_HIGHLIGHT, FLASH_HIGHLIGHT]);
  });

  const state = (): FindingsState => ({ status, highlightsVisible: visible, findings: oneFindingPerSentence(practices).length });
  return {
    run,
    state,
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
