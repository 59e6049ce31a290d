/** `code` with each span [from, to) replaced by its text; the edits in order and apart (the build's source rewrites). */
export function splice(code: string, edits: readonly { from: number; to: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + code.slice(at);
}
