import { DATA_TYPES, type DataType, type Stance } from '../../core/nlp/types';

/**
 * Prefix of every highlight this extension registers in the page's `CSS.highlights`: random per page load, so a
 * page cannot probe for the extension with `getComputedStyle(el, '::highlight(<known name>)')`, nor delete or
 * repaint ours by a name it knows in advance (issue 12, item 3). It starts with a letter (a CSS identifier).
 */
export function randomHighlightPrefix(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `h${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}-`;
}
export const FLASH_HIGHLIGHT = 'flash';
/** The whole sentence of a finding, in one light neutral shade; the words that name the data carry the category. */
export const PASSAGE_HIGHLIGHT = 'passage';
/** The reader's own annotations: a style of their own, apart from the machine's categories. */
export const NOTE_HIGHLIGHT = 'note';

/** One highlight per category: data type × stance (affirmed in a strong shade, denied in a light one). */
export const categoryName = (type: DataType, stance: Stance) => `${type.replace('.', '-')}-${stance}`;
export const CATEGORY_NAMES = DATA_TYPES.flatMap((t) => (['affirmed', 'denied'] as const).map((s) => categoryName(t, s)));

/**
 * Hues chosen to stay apart for the common colour-vision deficiencies (purple, orange, teal, red, blue, slate),
 * as translucent overlays so text stays readable on light and dark pages alike.
 */
export const TYPE_RGB: Record<DataType, [number, number, number]> = {
  face: [150, 90, 230],
  voice: [235, 130, 20],
  biometric: [0, 160, 150],
  'location.precise': [225, 50, 70],
  'location.approximate': [40, 120, 230],
  location: [120, 140, 170],
};

/**
 * The page-level stylesheet for the highlights under `prefix`. Adopted into the document by the page module
 * (a constructed sheet, so the page's CSP does not block it), only on detected policies: no fixed
 * `::highlight()` rule is on every page for a page to probe.
 */
export function highlightCss(HIGHLIGHT_PREFIX: string): string {
  const rules = DATA_TYPES.flatMap((type) => {
    const [r, g, b] = TYPE_RGB[type];
    return [
      `::highlight(${HIGHLIGHT_PREFIX}${categoryName(type, 'affirmed')}) { background-color: rgba(${r}, ${g}, ${b}, 0.36); }`,
      `::highlight(${HIGHLIGHT_PREFIX}${categoryName(type, 'denied')}) { background-color: rgba(${r}, ${g}, ${b}, 0.12); ` +
        `text-decoration: underline dotted rgb(${r}, ${g}, ${b}); text-decoration-thickness: 2px; }`,
    ];
  });
  rules.push(`::highlight(${HIGHLIGHT_PREFIX}${PASSAGE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.16); }`);
  rules.push(
    `::highlight(${HIGHLIGHT_PREFIX}${NOTE_HIGHLIGHT}) { background-color: rgba(31, 95, 191, 0.14); ` +
      'text-decoration: underline wavy rgb(31, 95, 191); text-decoration-thickness: 1px; }',
  );
  rules.push(`::highlight(${HIGHLIGHT_PREFIX}${FLASH_HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.75); color: #111; }`);
  return rules.join('\n');
}
