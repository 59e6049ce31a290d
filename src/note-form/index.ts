// The note form page, framed in the findings panel: wiring only (see form.ts and content/page/note-frame.ts).
import { send, t } from '../platform/runtime';
import { startNoteForm } from './form';

startNoteForm(document, location.hash.slice(1), t, (submission) => send('note-form/submit', submission));
