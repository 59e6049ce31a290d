/**
 * A pattern source's top-level alternatives, in order: "a|(b|c)|[|]d" gives "a", "(b|c)", "[|]d". A regular
 * expression of some of them, in the same order, matches exactly as the whole does on a text where the others
 * cannot match anywhere (alternation tries them in order, and one that cannot match only fails), which is what a
 * scan for their required literals tells (mentions.ts).
 */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
