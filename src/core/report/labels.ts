import messages from '../../../public/_locales/en/messages.json';
import { CONDITION_MESSAGE, STANCE_MESSAGE, SUMMARY_MESSAGE, TYPE_MESSAGE } from '../explain/message-ids';
import type { ConditionKind, DataType, Stance, SummaryValue } from '../nlp/types';

/**
 * The words of reports written in Node (CLI text and Markdown, exports): read from the extension's own
 * `_locales/en/messages.json`, so the four states, the types and the conditions have one wording everywhere.
 */
const table = messages as Record<string, { message: string }>;
export function message(id: string): string {
  const m = table[id];
  if (!m) throw new Error(`no message ${id} in _locales/en`);
  return m.message;
}

const mapValues = <K extends string>(ids: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, message(id as string)])) as Record<K, string>;

export const TYPE_LABEL: Record<DataType, string> = mapValues(TYPE_MESSAGE);
/** The four states as reports write them inside a line or a table cell: the locale's words, lower case. */
export const SUMMARY_LABEL: Record<SummaryValue, string> = Object.fromEntries(
  Object.entries(mapValues(SUMMARY_MESSAGE)).map(([k, v]) => [k, v.charAt(0).toLowerCase() + v.slice(1)]),
) as Record<SummaryValue, string>;
export const CONDITION_LABEL: Record<ConditionKind, string> = mapValues(CONDITION_MESSAGE);
/** The stance an advocate chose on a note: "Collects or may collect", "Says it does not". */
export const STANCE_LABEL: Record<Stance, string> = mapValues(STANCE_MESSAGE);

export { findingState } from './finding-state';
