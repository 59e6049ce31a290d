import { TYPE_MESSAGE } from '../../core/explain/message-ids';
import { DATA_TYPES, type DataType } from '../../core/nlp/types';
import { TYPE_RGB } from './categories';
import type { Translate } from './panel';

/**
 * The legend of the highlight colours: one hue per data type (only the types on this page), a strong shade where
 * the policy collects or may collect, a light dotted one where it says it does not, and the reader's notes.
 * The swatches are drawn with the same colours as `highlightCss`.
 */
export function renderLegend(doc: Document, t: Translate, findings: readonly { type: DataType }[]): HTMLElement {
  const box = doc.createElement('section');
  box.className = 'legend';
  const title = doc.createElement('h3');
  title.className = 'legend-title';
  title.textContent = t('panelLegendTitle');
  title.id = 'policy-lens-legend-title';
  box.setAttribute('aria-labelledby', title.id);
  const list = doc.createElement('ul');
  list.className = 'legend-items';
  const item = (swatchCls: string, rgb: string | undefined, text: string) => {
    const li = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = `legend-swatch ${swatchCls}`;
    if (rgb) swatch.style.setProperty('--type-rgb', rgb);
    swatch.setAttribute('aria-hidden', 'true');
    li.append(swatch, doc.createTextNode(text));
    list.append(li);
  };
  const present = new Set(findings.map((f) => f.type));
  for (const type of DATA_TYPES) if (present.has(type)) item('strong', TYPE_RGB[type].join(', '), t(TYPE_MESSAGE[type]));
  const neutral = '120, 120, 120';
  item('strong', neutral, t('panelLegendAllows'));
  item('light', neutral, t('panelLegendDenies'));
  item('note', undefined, t('panelLegendNote'));
  box.append(title, list);
  return box;
}
