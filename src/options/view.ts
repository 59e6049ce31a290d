import { el } from '../dom/element';
import type { Settings } from '../platform/storage-keys';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The options form: one labelled field (the creator name), saved on submit, with a status line. */
export function renderOptions(root: HTMLElement, settings: Settings, t: Translate, save: (s: Partial<Settings>) => Promise<void>): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.append(el(doc, 'h1', t('optionsTitle')));
  const form = el(doc, 'form');
  const label = el(doc, 'label', t('optionsCreatorLabel'));
  label.htmlFor = 'creator-name';
  const input = el(doc, 'input');
  input.id = 'creator-name';
  input.name = 'creatorName';
  input.maxLength = 200;
  input.autocomplete = 'name';
  input.value = settings.creatorName;
  const help = el(doc, 'p', t('optionsCreatorHelp'), 'help');
  help.id = 'creator-help';
  input.setAttribute('aria-describedby', help.id);
  const button = el(doc, 'button', t('optionsSave'));
  button.type = 'submit';
  const status = el(doc, 'span', '', 'status');
  status.setAttribute('role', 'status');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void save({ creatorName: input.value.trim() }).then(() => {
      status.textContent = t('optionsSaved');
    });
  });
  form.append(label, input, help, button, status);
  root.append(form);
}
