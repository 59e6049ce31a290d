import type { ConditionKind, DataType, Purpose, RegionScope, Stance, SummaryValue } from '../../core/nlp/types';
import { CONDITION_MESSAGE, PURPOSE_MESSAGE, STANCE_MESSAGE, SUMMARY_MESSAGE, TYPE_MESSAGE } from '../../core/explain/message-ids';
import { DATA_TYPES } from '../../core/nlp/types';
import { quotePlain, type QuoteSegment } from '../../core/report/quote';
import { TYPE_RGB } from './categories';
import { renderLegend } from './panel-legend';
import { quoteElement } from '../../dom/quote-element';
import { PANEL_CSS } from './panel-styles';
import { adoptStyles } from './styles';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** One finding as the panel shows it. `index` identifies it to `onSelect`. */
export interface PanelFinding {
  index: number;
  type: DataType;
  stance: Stance;
  /** The finding in the summary's four words (a conditional affirmation "may collect"). */
  state: SummaryValue;
  identifier?: boolean;
  conditions: ConditionKind[];
  purposes: Purpose[];
  scope?: RegionScope;
  /** The sentence, whole or windowed, with the data words emphasised. */
  quote: QuoteSegment[];
  explanationId: string;
  review?: 'confirmed' | 'disputed';
}

/** One of the reader's annotations as the panel shows it. */
export interface PanelNote {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  state: 'anchored' | 'moved' | 'edited' | 'orphaned';
  /** The data type and stance the advocate chose, if any. */
  dataType?: DataType;
  stance?: Stance;
  review?: 'confirmed' | 'disputed';
}

export type PanelView =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'too-busy'; findings: PanelFinding[]; summary: Record<DataType, SummaryValue>; notes?: PanelNote[]; notice?: string }
  | { status: 'ready'; findings: PanelFinding[]; summary: Record<DataType, SummaryValue>; notes?: PanelNote[]; notice?: string };

export interface PanelDeps {
  doc: Document;
  t: Translate;
  collapsed: boolean;
  onSelect: (index: number) => void;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Which side the panel is docked on (remembered per site by the caller). */
  side?: PanelSide;
  onSideChange?: (side: PanelSide) => void;
  onReview?: (index: number, verdict: 'confirmed' | 'disputed', reason: string) => void;
  onSaveNote?: (note: { note: string; tags: string[]; dataType?: DataType; stance?: Stance }) => void;
  onDeleteNote?: (id: string) => void;
  onEditNote?: (id: string, text: string) => void;
  onCopyLink?: (id: string) => void;
  onSelectNote?: (id: string) => void;
  /** "Comment" on a machine finding: the note form opens on its passage. */
  onComment?: (index: number) => void;
  signal: AbortSignal;
  /** Closed in the product, so page scripts cannot reach in; tests reach in through the content script's world. */
  mode?: ShadowRootMode;
  /**
   * Fills the note form (the element given) for a passage: a new note, a new text for one of the reader's notes,
   * or the reason a finding is disputed. The product frames an extension page there, so the page never sees
   * the keys typed (see note-frame.ts); without it, the form is built here.
   */
  mountNoteForm?: (container: HTMLElement, quote: string, request: PanelFormRequest) => void;
}

/** What a framed form is for, as the panel knows it (`index` is a finding's, as in onReview). */
export type PanelFormRequest = { kind: 'new' } | { kind: 'edit'; id: string; note: string } | { kind: 'dispute'; index: number };

export interface PanelHandle {
  host: HTMLElement;
  render(view: PanelView): void;
  showTooltip(text: string, x: number, y: number): void;
  hideTooltip(): void;
  /** The "Annotate" button near a selection, or hidden when `at` is undefined. */
  showAnnotate(at: { x: number; y: number; quote: string } | undefined): void;
  /** Opens the panel (if collapsed) and moves focus into it: the "open the panel" keyboard shortcut. */
  focus(): void;
  /** Opens the note form on `quote` (the "annotate the selection" shortcut). */
  openNoteForm(quote: string): void;
  /** Keeps a passage the page scrolled to visible: moves the panel aside when it would cover `rect`. */
  avoid(rect: { top: number; bottom: number; left: number; right: number }): void;
  /** A block above the findings that re-renders leave alone ("changed since you last read it"), or none. */
  setBanner(node: Node | null, css?: string): void;
}

export type PanelSide = 'left' | 'right';

/** The tag of the panel's host element: a custom-element name no page is likely to use. */
export const PANEL_HOST_TAG = 'policy-lens-panel';

/** Findings shown per type before "Show all". */
export const ITEMS_SHOWN = 5;

/**
 * The findings panel, in a shadow root so no page CSS gets in and none gets out. Grouped by data type; each
 * item is a button (Tab to reach, Enter to go to the passage); Esc collapses the panel to a small button.
 * Page text only ever enters it through `textContent`.
 */
export function mountPanel(deps: PanelDeps): PanelHandle {
  const { doc, t, signal } = deps;
  const host = doc.createElement(PANEL_HOST_TAG);
  // The host takes no room and stays above the page; its content positions itself.
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: deps.mode ?? 'closed' });
  adoptStyles(root, PANEL_CSS, signal);
  (doc.body ?? doc.documentElement).append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const panel = el('section', 'panel');
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', t('panelRegionLabel'));
  const header = el('header', 'header');
  const title = el('h2', 'title', t('panelTitle'));
  const count = el('span', 'count');
  const collapse = el('button', 'icon-button', '×');
  collapse.type = 'button';
  collapse.setAttribute('aria-label', t('panelCollapse'));
  const dock = el('button', 'icon-button dock');
  dock.type = 'button';
  header.append(title, count, dock, collapse);
  let side: PanelSide = deps.side ?? 'right';
  /** A side taken only to uncover a passage: kept until the reader docks the panel, never remembered. */
  let aside: PanelSide | undefined;
  const applySide = () => {
    const now = aside ?? side;
    panel.dataset.side = now;
    launcher.dataset.side = now;
    // The arrow points where the panel would go; the words say it.
    dock.textContent = now === 'right' ? '⇤' : '⇥';
    dock.setAttribute('aria-label', t(now === 'right' ? 'panelDockLeft' : 'panelDockRight'));
    dock.title = dock.getAttribute('aria-label')!;
  };
  const body = el('div', 'body');
  const banner = el('div', 'history-slot');
  panel.append(header, banner, body);
  let bannerCss = false;

  const launcher = el('button', 'launcher');
  launcher.type = 'button';
  const tooltip = el('div', 'tooltip');
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = 'policy-lens-tooltip';
  tooltip.hidden = true;
  const annotate = el('button', 'annotate', t('annotateButton'));
  annotate.type = 'button';
  annotate.hidden = true;
  const form = el('form', 'note-form');
  form.hidden = true;
  root.append(panel, launcher, tooltip, annotate);
  body.before(form);
  applySide();
  dock.addEventListener(
    'click',
    () => {
      side = (aside ?? side) === 'right' ? 'left' : 'right';
      aside = undefined;
      panel.style.maxHeight = '';
      panel.style.top = '';
      panel.style.bottom = '';
      applySide();
      deps.onSideChange?.(side);
    },
    { signal },
  );

  let collapsed = deps.collapsed;
  let findingsCount = 0;
  const applyCollapsed = () => {
    panel.hidden = collapsed;
    launcher.hidden = !collapsed;
    launcher.textContent = t('panelLauncher', String(findingsCount));
    launcher.setAttribute('aria-label', t('panelExpand', String(findingsCount)));
  };
  const setCollapsed = (value: boolean, focus: boolean) => {
    collapsed = value;
    applyCollapsed();
    deps.onCollapsedChange(value);
    if (focus) (value ? launcher : collapse).focus();
  };
  collapse.addEventListener('click', () => setCollapsed(true, true), { signal });
  launcher.addEventListener('click', () => setCollapsed(false, true), { signal });
  panel.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setCollapsed(true, true);
      }
    },
    { signal },
  );

  const chip = (text: string, cls = '') => el('span', `chip ${cls}`.trim(), text);

  const renderFindings = (findings: PanelFinding[], summary: Record<DataType, SummaryValue>) => {
    if (findings.length === 0) {
      body.append(el('p', 'empty', t('panelNoFindings')));
      return;
    }
    for (const type of DATA_TYPES) {
      const items = findings.filter((f) => f.type === type);
      if (items.length === 0) continue;
      const group = el('section', 'group');
      group.dataset.type = type;
      const [r, g, b] = TYPE_RGB[type];
      group.style.setProperty('--type-rgb', `${r}, ${g}, ${b}`);
      const heading = el('h3', 'group-title');
      heading.append(
        el('span', 'swatch'),
        doc.createTextNode(t(TYPE_MESSAGE[type])),
        el('span', 'group-summary', t(SUMMARY_MESSAGE[summary[type]])),
      );
      const list = el('ul', 'items');
      const renderItem = (f: PanelFinding) => {
        const li = el('li');
        const button = el('button', `item ${f.stance}`);
        button.type = 'button';
        button.dataset.index = String(f.index);
        button.dataset.state = f.state;
        const q = quoteElement(doc, 'span', f.quote);
        const chips = el('span', 'chips');
        chips.append(chip(t(SUMMARY_MESSAGE[f.state]), f.stance));
        if (f.identifier) chips.append(chip(t('chipIdentifier'), 'identifier'));
        for (const c of f.conditions) chips.append(chip(t(CONDITION_MESSAGE[c]), 'condition'));
        for (const p of f.purposes) chips.append(chip(t(PURPOSE_MESSAGE[p]), 'purpose'));
        if (f.scope) chips.append(chip(t('scopeLabel', f.scope), 'scope'));
        const explain = el('span', 'explain', t(f.explanationId));
        explain.id = `policy-lens-explain-${f.index}`;
        button.setAttribute('aria-describedby', explain.id);
        button.append(q, chips, explain);
        button.addEventListener('click', () => deps.onSelect(f.index), { signal });
        li.append(button, reviewControls(f));
        return li;
      };
      // A long policy has hundreds of findings: each group shows its first few, the rest on request, so the
      // panel never builds hundreds of nodes in one task.
      list.append(...items.slice(0, ITEMS_SHOWN).map(renderItem));
      group.append(heading, list);
      if (items.length > ITEMS_SHOWN) {
        const more = el('button', 'more', t('panelShowAll', String(items.length)));
        more.type = 'button';
        more.addEventListener(
          'click',
          () => {
            const rest = items.slice(ITEMS_SHOWN).map(renderItem);
            list.append(...rest);
            more.remove();
            rest[0]?.querySelector('button')?.focus();
          },
          { signal, once: true },
        );
        group.append(more);
      }
      body.append(group);
    }
    body.append(renderLegend(doc, t, findings));
  };

  let pendingQuote = '';
  /** Opens the framed form for an edit or a dispute, in the one place the note form takes. */
  const openFramed = (quote: string, request: PanelFormRequest) => {
    pendingQuote = quote;
    form.hidden = false;
    deps.mountNoteForm!(form, quote, request);
    form.scrollIntoView?.({ block: 'nearest' });
  };
  const buildForm = () => {
    if (deps.mountNoteForm) return deps.mountNoteForm(form, pendingQuote, { kind: 'new' });
    form.replaceChildren();
    form.setAttribute('aria-label', t('annotateFormLabel'));
    form.append(el('q', 'form-quote', pendingQuote.length > 160 ? `${pendingQuote.slice(0, 159)}…` : pendingQuote));
    // Every field has a visible label (WCAG 3.3.2), not only a placeholder.
    const labelled = (text: string, field: HTMLElement) => {
      const label = el('label', 'field');
      label.append(el('span', 'field-label', text), field);
      return label;
    };
    const note = el('textarea');
    note.name = 'note';
    note.rows = 3;
    note.maxLength = 5000;
    note.setAttribute('aria-label', t('annotateNoteLabel'));
    note.placeholder = t('annotateNoteLabel');
    const tags = el('input');
    tags.name = 'tags';
    tags.setAttribute('aria-label', t('annotateTagsLabel'));
    tags.placeholder = t('annotateTagsLabel');
    const type = el('select');
    type.name = 'type';
    type.setAttribute('aria-label', t('annotateTypeLabel'));
    type.append(new Option(t('annotateNoType'), ''));
    for (const d of DATA_TYPES) type.append(new Option(t(TYPE_MESSAGE[d]), d));
    const stance = el('select');
    stance.name = 'stance';
    stance.setAttribute('aria-label', t('annotateStanceLabel'));
    stance.append(
      new Option(t('annotateNoStance'), ''),
      new Option(t(STANCE_MESSAGE.affirmed), 'affirmed'),
      new Option(t(STANCE_MESSAGE.denied), 'denied'),
    );
    const save = el('button', 'small primary', t('annotateSave'));
    save.type = 'submit';
    const cancel = el('button', 'small', t('annotateCancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', () => {
      form.hidden = true;
    });
    const buttons = el('span', 'form-buttons');
    buttons.append(save, cancel);
    form.append(
      labelled(t('annotateNoteLabel'), note),
      labelled(t('annotateTagsLabel'), tags),
      labelled(t('annotateTypeLabel'), type),
      labelled(t('annotateStanceLabel'), stance),
      buttons,
    );
    note.focus();
  };
  form.addEventListener(
    'submit',
    (e) => {
      e.preventDefault();
      const data = new FormData(form);
      deps.onSaveNote?.({
        note: String(data.get('note') ?? ''),
        tags: String(data.get('tags') ?? '').split(',').map((x) => x.trim()).filter(Boolean),
        ...(data.get('type') ? { dataType: String(data.get('type')) as DataType } : {}),
        ...(data.get('stance') ? { stance: String(data.get('stance')) as Stance } : {}),
      });
      form.hidden = true;
    },
    { signal },
  );
  annotate.addEventListener(
    'mousedown',
    // Keep the page's selection: the click must not clear it before the form opens.
    (e) => e.preventDefault(),
    { signal },
  );
  annotate.addEventListener(
    'click',
    () => {
      annotate.hidden = true;
      if (collapsed) setCollapsed(false, false);
      form.hidden = false;
      buildForm();
    },
    { signal },
  );

  const renderNotes = (notes: PanelNote[]) => {
    if (notes.length === 0) return;
    const group = el('section', 'group notes');
    group.style.setProperty('--type-rgb', '31, 95, 191');
    const heading = el('h3', 'group-title');
    heading.append(el('span', 'swatch'), doc.createTextNode(t('notesTitle')));
    const list = el('ul', 'items');
    for (const n of notes) {
      const li = el('li', 'note');
      li.dataset.id = n.id;
      li.dataset.state = n.state;
      const go = el('button', `item note-item ${n.state}`);
      go.type = 'button';
      go.append(el('span', 'quote', `“${n.quote.length > 140 ? `${n.quote.slice(0, 139)}…` : n.quote}”`));
      if (n.note) go.append(el('span', 'note-text', n.note));
      const chips = el('span', 'chips');
      chips.append(chip(t(`noteState_${n.state}`), `state ${n.state}`));
      // The flag the advocate chose: which data, and whether the policy allows it.
      if (n.dataType || n.stance) {
        const words = [n.dataType ? t(TYPE_MESSAGE[n.dataType]) : '', n.stance ? t(STANCE_MESSAGE[n.stance]) : ''].filter(Boolean);
        chips.append(chip(words.join(': '), 'flag'));
      }
      if (n.review) chips.append(chip(t(n.review === 'confirmed' ? 'reviewConfirmed' : 'reviewDisputed'), 'review'));
      for (const tag of n.tags) chips.append(chip(tag, 'tag'));
      go.append(chips);
      go.disabled = n.state === 'orphaned';
      go.addEventListener('click', () => deps.onSelectNote?.(n.id), { signal });
      const actions = el('span', 'note-actions');
      const edit = el('button', 'small', t('noteEdit'));
      edit.type = 'button';
      edit.addEventListener(
        'click',
        () => {
          if (deps.mountNoteForm) return openFramed(n.quote, { kind: 'edit', id: n.id, note: n.note });
          const area = el('textarea');
          area.value = n.note;
          area.setAttribute('aria-label', t('annotateNoteLabel'));
          const ok = el('button', 'small primary', t('annotateSave'));
          ok.type = 'button';
          ok.addEventListener('click', () => deps.onEditNote?.(n.id, area.value), { signal });
          actions.replaceChildren(area, ok);
          area.focus();
        },
        { signal },
      );
      const del = el('button', 'small', t('noteDelete'));
      del.type = 'button';
      del.addEventListener('click', () => deps.onDeleteNote?.(n.id), { signal });
      const link = el('button', 'small', t('noteCopyLink'));
      link.type = 'button';
      link.disabled = n.state === 'orphaned';
      link.addEventListener('click', () => deps.onCopyLink?.(n.id), { signal });
      actions.append(edit, del, link);
      li.append(go, actions);
      list.append(li);
    }
    group.append(heading, list);
    body.append(group);
  };

  const reviewControls = (f: PanelFinding) => {
    const box = el('span', 'review');
    if (f.review) {
      box.append(chip(t(f.review === 'confirmed' ? 'reviewConfirmed' : 'reviewDisputed'), 'review'));
      return box;
    }
    const confirm = el('button', 'small', t('reviewConfirm'));
    confirm.type = 'button';
    confirm.addEventListener('click', () => deps.onReview?.(f.index, 'confirmed', ''), { signal });
    const dispute = el('button', 'small', t('reviewDispute'));
    dispute.type = 'button';
    dispute.addEventListener(
      'click',
      () => {
        if (deps.mountNoteForm) return openFramed(quotePlain(f.quote), { kind: 'dispute', index: f.index });
        const reason = el('input');
        reason.setAttribute('aria-label', t('reviewReasonLabel'));
        reason.placeholder = t('reviewReasonLabel');
        const send = el('button', 'small primary', t('reviewDispute'));
        send.type = 'button';
        send.addEventListener('click', () => deps.onReview?.(f.index, 'disputed', reason.value), { signal });
        box.replaceChildren(reason, send);
        reason.focus();
      },
      { signal },
    );
    const comment = el('button', 'small', t('reviewComment'));
    comment.type = 'button';
    comment.addEventListener(
      'click',
      () => {
        deps.onComment?.(f.index);
        pendingQuote = quotePlain(f.quote);
        form.hidden = false;
        buildForm();
      },
      { signal },
    );
    box.append(confirm, dispute, comment);
    return box;
  };

  return {
    host,
    focus() {
      if (collapsed) setCollapsed(false, false);
      const first = body.querySelector<HTMLElement>('button.item') ?? collapse;
      first.focus();
    },
    openNoteForm(quote) {
      pendingQuote = quote;
      annotate.hidden = true;
      if (collapsed) setCollapsed(false, false);
      form.hidden = false;
      buildForm();
    },
    avoid(rect) {
      if (collapsed) return;
      const covers = () => {
        const r = panel.getBoundingClientRect();
        return rect.left < r.right && rect.right > r.left && rect.top < r.bottom && rect.bottom > r.top;
      };
      if (!covers()) return;
      // First the other side of the page, then a shorter panel that ends below the passage.
      aside = (aside ?? side) === 'right' ? 'left' : 'right';
      applySide();
      if (!covers()) return;
      // A passage across the whole width: the panel takes the larger space above or below it.
      const view = doc.defaultView?.innerHeight ?? 800;
      const above = rect.top - 32;
      const below = view - rect.bottom - 32;
      if (below >= above) {
        panel.style.top = '';
        panel.style.bottom = '';
        panel.style.maxHeight = `${Math.max(120, below)}px`;
      } else {
        panel.style.top = '16px';
        panel.style.bottom = 'auto';
        panel.style.maxHeight = `${Math.max(120, above)}px`;
      }
    },
    setBanner(node, css) {
      if (css && !bannerCss) {
        adoptStyles(root, css, signal);
        bannerCss = true;
      }
      banner.replaceChildren(...(node ? [node] : []));
    },
    showAnnotate(at) {
      if (!at) {
        annotate.hidden = true;
        return;
      }
      pendingQuote = at.quote;
      annotate.hidden = false;
      annotate.style.left = `${Math.max(8, at.x)}px`;
      annotate.style.top = `${Math.max(8, at.y + 8)}px`;
    },
    render(view) {
      body.replaceChildren();
      body.setAttribute('aria-busy', String(view.status === 'loading'));
      if (view.status === 'loading') {
        findingsCount = 0;
        count.textContent = '';
        body.append(el('p', 'message', t('panelLoading')));
      } else if (view.status === 'error') {
        count.textContent = '';
        body.append(el('p', 'message error', t('panelError', view.message)));
      } else {
        findingsCount = view.findings.length;
        count.textContent = t('panelFindings', String(findingsCount));
        if (view.status === 'too-busy') body.append(el('p', 'message warning', t('panelTooBusy')));
        if (view.notice) body.append(el('p', 'message warning', view.notice));
        renderNotes(view.notes ?? []);
        renderFindings(view.findings, view.summary);
      }
      applyCollapsed();
    },
    showTooltip(text, x, y) {
      tooltip.textContent = text;
      tooltip.hidden = false;
      const width = Math.min(360, (doc.defaultView?.innerWidth ?? 800) - 16);
      tooltip.style.maxWidth = `${width}px`;
      const left = Math.max(8, Math.min(x + 12, (doc.defaultView?.innerWidth ?? 800) - width - 8));
      tooltip.style.left = `${left}px`;
      tooltip.style.top = `${y + 18}px`;
    },
    hideTooltip() {
      tooltip.hidden = true;
    },
  };
}
