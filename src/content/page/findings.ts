import { explanationFor } from '../../core/explain/explanations';
import { summarize } from '../../core/nlp/summary';
import type { DataType, Practice } from '../../core/nlp/types';
import type { PolicyText } from '../../core/text/policy-text';
import { extractPolicyTextSliced, type NodeSpan } from '../../dom/extract';
import { rangeFor, setHighlights, type HighlightApi } from '../../dom/highlight';
import { yieldToPage } from '../../dom/walk';
import type { FindingsState, PageAnalysis } from '../../platform/messages';
import type { Result } from '../../platform/result';
import { CATEGORY_NAMES, FLASH_HIGHLIGHT, HIGHLIGHT_PREFIX, PASSAGE_HIGHLIGHT, categoryName } from './categories';
import { mountPanel, PANEL_HOST_TAG, type PanelFinding, type PanelHandle, type Translate } from './panel';

export interface FindingsDeps {
  doc: Document;
  win: Window;
  analyze: (policyText: PolicyText) => Promise<Result<PageAnalysis>>;
  t: Translate;
  collapsed: { get: () => Promise<boolean>; set: (collapsed: boolean) => Promise<void> };
  highlights?: HighlightApi;
  signal: AbortSignal;
  now?: () => number;
  panelMode?: ShadowRootMode;
}

export interface FindingsController {
  run(): Promise<void>;
  state(): FindingsState;
  setHighlightsVisible(visible: boolean): FindingsState;
  jumpTo(type: DataType): boolean;
}

/** Re-analyses after the page settles; more than this many re-runs in a minute means the page never settles. */
const SETTLE_MS = 1200;
const MAX_RUNS_PER_MINUTE = 6;
const FLASH_MS = 1600;

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
  const runTimes: number[] = [];

  const ensurePanel = async () => {
    panel ??= mountPanel({
      doc,
      t,
      collapsed: await deps.collapsed.get().catch(() => false),
      onSelect: (i) => void select(i),
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
    }
    setHighlights(deps.highlights, HIGHLIGHT_PREFIX, groups, [...CATEGORY_NAMES, PASSAGE_HIGHLIGHT]);
  };

  const panelFindings = (): PanelFinding[] =>
    practices.map((p, index) => ({
      index,
      type: p.type,
      stance: p.stance,
      ...(p.identifier !== undefined ? { identifier: p.identifier } : {}),
      conditions: p.conditions.map((c) => c.kind),
      purposes: p.purposes,
      ...(p.scope ? { scope: p.scope } : {}),
      quote: p.sentence,
      explanationId: explanationFor(p).messageId,
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
      await buildRanges(extracted.spans);
      paintHighlights();
      if (status !== 'too-busy') status = 'ready';
      view.render({ status: status === 'too-busy' ? 'too-busy' : 'ready', findings: panelFindings(), summary: result.value.summary });
    } else {
      // Same text, new nodes perhaps (a re-render): the highlights follow the text.
      await buildRanges(extracted.spans);
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

  const select = (index: number) => {
    const range = ranges[index];
    if (!range) return false;
    // A passage inside a closed <details> is opened so it can be seen.
    for (let el = range.startContainer.parentElement; el; el = el.parentElement) if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
    const target = range.startContainer.parentElement;
    const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    if (deps.highlights) {
      deps.highlights.registry.set(`${HIGHLIGHT_PREFIX}${FLASH_HIGHLIGHT}`, deps.highlights.create([range]));
      win.setTimeout(() => deps.highlights?.registry.delete(`${HIGHLIGHT_PREFIX}${FLASH_HIGHLIGHT}`), FLASH_MS);
    }
    return true;
  };

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
        panel?.render({ status: 'too-busy', findings: panelFindings(), summary: summarize(practices) });
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
    if (deps.highlights) setHighlights(deps.highlights, HIGHLIGHT_PREFIX, new Map(), [...CATEGORY_NAMES, PASSAGE_HIGHLIGHT, FLASH_HIGHLIGHT]);
  });

  const state = (): FindingsState => ({ status, highlightsVisible: visible, findings: practices.length });
  return {
    run,
    state,
    setHighlightsVisible(v) {
      visible = v;
      paintHighlights();
      if (!v) panel?.hideTooltip();
      return state();
    },
    jumpTo(type) {
      const index = practices.findIndex((p, i) => p.type === type && ranges[i]);
      return index >= 0 && select(index);
    },
  };
}
