/**
 * Keeps V8's compiled code for a pattern small, with the same matches. Irregexp compiles a node once per way of
 * reaching it (up to ten versions, each specialised to what the path before it left pending), so every optional
 * or counted group multiplies the code of all that follows it: one negation pattern of 3.5 KB compiled to 1 MB of
 * bytecode, and the analyzer's patterns to 15 MB on the largest policy. By V8's source (not confirmed on a V8
 * build), past ~1 MB of regexp code, in a process with over 16 MB of executable code, V8 stops optimising the
 * patterns it compiles next (measured: the classify pass at half speed in that state). An empty lookahead after
 * such a group, `(?=)`, always holds and consumes nothing, but the
 * compiler settles what is pending there, so what follows is compiled once: 4–6× less code per pattern.
 */
const QUANTIFIER_AFTER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

export function withTraceBarriers(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    out += c;
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ')') {
      // The quantifier is at most a few characters: a bounded slice keeps the scan linear in the source.
      const q = QUANTIFIER_AFTER.exec(source.slice(i + 1, i + 16));
      if (q) {
        out += q[0] + '(?=)';
        i += q[0].length;
      }
    }
  }
  return out;
}
