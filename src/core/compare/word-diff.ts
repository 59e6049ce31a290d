/**
 * Word-level differences inside a changed sentence, so a reader sees "within 30 days" became "within 90 days"
 * instead of two whole sentences. A longest-common-subsequence over words: quadratic, so bounded to sentences
 * of at most MAX_WORDS words (longer ones are shown as removed and added whole).
 */
export interface WordPart {
  text: string;
  op: 'same' | 'added' | 'removed';
}

export const MAX_WORDS = 300;

const words = (s: string) => s.split(/(\s+)/).filter((w) => w.length > 0);
const key = (w: string) => w.toLowerCase().replace(/[’]/g, "'");

export function wordDiff(before: string, after: string): WordPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS * 2 || b.length > MAX_WORDS * 2) {
    return [
      { text: before, op: 'removed' },
      { text: after, op: 'added' },
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: WordPart[] = [];
  const push = (text: string, op: WordPart['op']) => {
    const prev = out[out.length - 1];
    if (prev && prev.op === op) prev.text += text;
    else out.push({ text, op });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push(b[j]!, 'same');
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push(a[i++]!, 'removed');
    else push(b[j++]!, 'added');
  }
  while (i < a.length) push(a[i++]!, 'removed');
  while (j < b.length) push(b[j++]!, 'added');
  return groupChanges(out);
}

/**
 * Between two unchanged stretches, all removed words first, then all added ones: "[-United States-]{+European
 * Economic Area+}" reads better than the words interleaved. A lone space between changes joins the change.
 */
function groupChanges(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ text: removed, op: 'removed' });
    if (added) out.push({ text: added, op: 'added' });
    removed = '';
    added = '';
  };
  parts.forEach((p, i) => {
    const between = p.op === 'same' && !p.text.trim() && (removed || added) && parts[i + 1] && parts[i + 1]!.op !== 'same';
    if (p.op === 'removed' || between) removed += p.text;
    if (p.op === 'added' || between) added += p.text;
    if (p.op === 'same' && !between) {
      flush();
      out.push({ ...p });
    }
  });
  flush();
  return out;
}

/** Share of words two sentences have in common (0..1), to pair a removed sentence with its rewording. */
export function wordOverlap(a: string, b: string): number {
  const x = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const y = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(x.size, y.size);
}

/** Pairs below this overlap are a removed and an added sentence, not one sentence reworded. */
export const REWORDED = 0.5;

export type SentenceChange =
  | { kind: 'reworded'; before: string; after: string; parts: WordPart[] }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string };

/** The removed and added sentences of a section, with rewordings paired and diffed word by word. */
export function sentenceChanges(removed: readonly string[], added: readonly string[]): SentenceChange[] {
  const out: SentenceChange[] = [];
  const free = new Set(added.map((_, i) => i));
  for (const r of removed) {
    let best = -1;
    let bestScore = REWORDED;
    for (const i of free) {
      const score = wordOverlap(r, added[i]!);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) out.push({ kind: 'removed', text: r });
    else {
      free.delete(best);
      out.push({ kind: 'reworded', before: r, after: added[best]!, parts: wordDiff(r, added[best]!) });
    }
  }
  for (const i of free) out.push({ kind: 'added', text: added[i]! });
  return out;
}
