/**
 * The note form, typed in an extension-origin frame (issue 12, item 3): keys pressed in a field of the page's
 * own document reach the page's `keydown`/`input` listeners, whatever shadow root holds the field. The frame is
 * an extension page (web-accessible with a dynamic URL) inside the panel's closed shadow root; its address
 * carries a one-time token in the fragment, which the page cannot read (the frame is cross-origin). The frame
 * sends the note to the background, which hands it to this tab's content script; the token says it is the
 * form we opened. The frame keeps the text until the save succeeded. The same frame takes a new text for one of
 * the reader's notes and the reason a finding is disputed: the frame asks what it is for (by token) and gets
 * only what it shows (see NoteFormInit).
 */
import type { NoteFormKind } from '../../platform/messages';

export interface NoteFrameDeps {
  doc: Document;
  t: (key: string, substitutions?: string | string[]) => string;
  /** The form page's address for a token. */
  formUrl: (token: string) => string;
  signal: AbortSignal;
}

export interface NoteFrame {
  /** The token of the form open now, if any. */
  readonly token: string | undefined;
  /** What the form open now is for. */
  readonly kind: NoteFormKind | undefined;
  /** Opens a fresh form for a passage in `container`: a new note unless `kind` says otherwise. */
  open(container: HTMLElement, quote: string, kind?: NoteFormKind): void;
  close(): void;
}

const QUOTE_CHARS = 160;
/** The frame's height per kind: a new note has tags, a type and a stance under its text. */
const HEIGHT: Record<NoteFormKind, number> = { new: 250, edit: 130, dispute: 130 };

function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function noteFrame(deps: NoteFrameDeps): NoteFrame {
  const { doc, t, signal } = deps;
  let token: string | undefined;
  let kind: NoteFormKind | undefined;
  let current: HTMLElement | undefined;
  const close = () => {
    token = undefined;
    kind = undefined;
    if (current) {
      current.hidden = true;
      current.replaceChildren();
    }
  };
  signal.addEventListener('abort', close, { once: true });
  return {
    get token() {
      return token;
    },
    get kind() {
      return kind;
    },
    open(container, quote, formKind = 'new') {
      // One form at a time: the form open before (its token) is no longer accepted.
      if (current && current !== container) close();
      current = container;
      token = newToken();
      kind = formKind;
      container.setAttribute('aria-label', t('annotateFormLabel'));
      const q = doc.createElement('q');
      q.className = 'form-quote';
      q.textContent = quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote;
      const frame = doc.createElement('iframe');
      frame.className = 'note-frame';
      frame.title = t('annotateFormLabel');
      frame.setAttribute('style', `border: 0; width: 100%; height: ${HEIGHT[formKind]}px; background: transparent;`);
      frame.src = deps.formUrl(token);
      const cancel = doc.createElement('button');
      cancel.type = 'button';
      cancel.className = 'small';
      cancel.textContent = t('annotateCancel');
      cancel.addEventListener('click', close, { signal });
      container.replaceChildren(q, frame, cancel);
      container.hidden = false;
      frame.focus();
    },
    close,
  };
}
