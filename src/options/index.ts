// Options page wiring: the reader's name on annotations.
import { t } from '../platform/runtime';
import { read, update } from '../platform/storage';
import { KEYS } from '../platform/storage-keys';
import { renderOptions } from './view';

const root = document.getElementById('options')!;
document.title = t('optionsTitle');
void read(KEYS.settings).then((settings) =>
  renderOptions(root, settings, t, async (next) => {
    await update(KEYS.settings, (current) => ({ ...current, ...next }));
  }),
);
