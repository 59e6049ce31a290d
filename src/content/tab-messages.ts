/**
 * The messages to a tab that the page controller (`page-main.ts`) answers. The script on every page listens for
 * these names only and loads the controller when one arrives; other names are the page module's (`tab/history`),
 * which listens for them itself. One list, so the two cannot disagree: page-main's handler table is typed by it.
 */
export const TAB_MESSAGES = [
  'tab/findings-state',
  'tab/set-highlights',
  'tab/jump',
  'tab/note-submit',
  'tab/variants',
  'tab/command',
  'tab/analyze',
] as const;
export type TabMessage = (typeof TAB_MESSAGES)[number];
