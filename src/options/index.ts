// Options page wiring: the reader's name on annotations, and history (pause, forget a site, forget everything).
import { t } from '../platform/runtime';
import { read, update } from '../platform/storage';
import { KEYS } from '../platform/storage-keys';
import { startOptionsHistory } from './history';
import { renderOptions } from './view';

const root = document.getElementById('options')!;
document.title = t('optionsTitle');
void read(KEYS.settings).then((settings) =>
  renderOptions(root, settings, t, async (next) => {
    await update(KEYS.settings, (current) => ({ ...current, ...next }));
  }),
);
startOptionsHistory(document.getElementById('history')!, t);
