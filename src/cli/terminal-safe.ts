/**
 * What the CLI writes must not drive the terminal: a page's text reached it raw, and a page retitled the terminal
 * and cleared it to show a fake report (issue 12, item 5). Escape sequences start with C0 (ESC, BEL…) or C1
 * (CSI U+009B, OSC U+009D…) controls; bidirectional overrides and isolates make text display in another order
 * than it reads (Trojan Source, CVE-2021-42574). Applied once, to the whole output, at the point it is written.
 */

// C0 controls but \t and \n (the report's own layout), DEL, C1 controls; bidi embeddings, overrides, isolates
// and marks. One character class: linear on any input. Control characters are what it is about:
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Text for a terminal or a Markdown file: each unsafe character shown as a visible `⟨U+001B⟩`, never sent. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\r' ? '' : `⟨${codePoint(c)}⟩`));
}

/**
 * JSON output: JSON.stringify already escapes C0 controls but passes C1 controls and bidi characters through
 * raw. They become `\uXXXX` escapes, so the JSON means exactly the same text and a terminal shows it inert.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
