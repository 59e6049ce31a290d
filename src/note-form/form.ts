import { DATA_TYPES, type DataType, type Stance } from '../core/nlp/types';
import { STANCE_MESSAGE, TYPE_MESSAGE } from '../core/explain/message-ids';
import type { NoteFormInit, NoteFormKind, NoteFormSubmission } from '../platform/messages';
import type { Result } from '../platform/result';
import { handled, reasonOf } from '../core/handled';

/** Limits match the annotation model (see content/page/notes.ts NOTE_LIMITS). */
const TAGS_MAX = 20;

/** Per kind of form: the text field's label and the button's words. */
const WORDS: Record<NoteFormKind, { field: string; button: string }> = {
  new: { field: 'annotateNoteLabel', button: 'annotateSave' },
  edit: { field: 'annotateNoteLabel', button: 'annotateSave' },
  dispute: { field: 'reviewReasonLabel', button: 'reviewDispute' },
};

/**
 * The note form inside its extension-origin frame: asks what it is for (a new note, an edit of one, a
 * dispute's reason) with the token from the frame's address, labels the fields, and on submit sends the text
 * with that token. The text stays in the form until the save succeeded; a failure shows its reason and the
 * button comes back. `send`, `init` and the document are parameters (the test seam).
 */
export async function startNoteForm(
  doc: Document,
  token: string,
  t: (key: string, substitutions?: string | string[]) => string,
  send: (submission: NoteFormSubmission) => Promise<Result<null>>,
  init: () => Promise<Result<NoteFormInit>>,
): Promise<void> {
  const form = doc.getElementById('form') as HTMLFormElement;
  const note = form.elements.namedItem('note') as HTMLTextAreaElement;
  const flags = form.querySelector('.flags') as HTMLElement;
  const tags = form.elements.namedItem('tags') as HTMLInputElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const stance = form.elements.namedItem('stance') as HTMLSelectElement;
  const save = form.querySelector('button[type=submit]') as HTMLButtonElement;
  const status = doc.getElementById('status') as HTMLOutputElement;

  // Nothing can be typed before the form knows what it is for.
  const what = await init().catch((e: unknown) => ({ ok: false as const, error: reasonOf(e) }));
  if (!what.ok) {
    status.textContent = t('storageSaveFailed', what.error);
    return;
  }
  const { kind } = what.value;
  const words = WORDS[kind];
  note.setAttribute('aria-label', t(words.field));
  note.placeholder = t(words.field);
  if (kind === 'edit') note.value = what.value.note;
  flags.hidden = kind !== 'new';
  if (kind === 'new') {
    tags.setAttribute('aria-label', t('annotateTagsLabel'));
    tags.placeholder = t('annotateTagsLabel');
    type.setAttribute('aria-label', t('annotateTypeLabel'));
    type.append(new Option(t('annotateNoType'), ''), ...DATA_TYPES.map((d) => new Option(t(TYPE_MESSAGE[d]), d)));
    stance.setAttribute('aria-label', t('annotateStanceLabel'));
    stance.append(
      new Option(t('annotateNoStance'), ''),
      new Option(t(STANCE_MESSAGE.affirmed), 'affirmed'),
      new Option(t(STANCE_MESSAGE.denied), 'denied'),
    );
  }
  // The visible labels (the fields keep their aria-labels for the form's own tests and older readers).
  const labels: Record<string, string> = {
    note: words.field,
    tags: 'annotateTagsLabel',
    type: 'annotateTypeLabel',
    stance: 'annotateStanceLabel',
  };
  for (const span of form.querySelectorAll<HTMLElement>('.field-label[data-for]')) {
    span.textContent = t(labels[span.dataset.for ?? ''] ?? '');
  }
  save.textContent = t(words.button);
  note.disabled = false;
  save.disabled = false;
  note.focus();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save.disabled = true;
    status.textContent = t('noteFormSaving');
    const submission: NoteFormSubmission =
      kind === 'new'
        ? {
            token,
            note: note.value,
            tags: tags.value.split(',').map((x) => x.trim()).filter(Boolean).slice(0, TAGS_MAX),
            ...(type.value ? { dataType: type.value as DataType } : {}),
            ...(stance.value ? { stance: stance.value as Stance } : {}),
          }
        : { token, note: note.value, tags: [] };
    const done = (error: string | undefined) => {
      save.disabled = false;
      // Saved: the page closes this frame. Not saved: the typed note stays, with the reason.
      status.textContent = error === undefined ? '' : t('storageSaveFailed', error);
    };
    handled(
      send(submission).then((r) => done(r.ok ? undefined : r.error)),
      (reason) => done(reason),
    );
  });
}
