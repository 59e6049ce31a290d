// The note form page, framed in the findings panel: wiring only (see form.ts and content/page/note-frame.ts).
import { handled } from '../core/handled';
import { send, t } from '../platform/runtime';
import { startNoteForm } from './form';

const token = location.hash.slice(1);
handled(
  startNoteForm(document, token, t, (submission) => send('note-form/submit', submission), () => send('note-form/init', { token })),
  (reason) => console.warn(`Policy Lens note form: ${reason}`),
);
