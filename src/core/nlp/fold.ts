import { cased, re, rx } from '../text/pattern';
/**
 * Text from PDFs and typesetting writes some letters and spaces as other characters: "ﬁngerprint" with the fi
 * ligature, a no-break space in "precise location", a word joiner or soft hyphen inside a word, a non-breaking
 * hyphen in "face‑geometry". The vocabulary is written in plain letters, so a sentence holding any of these is
 * read in a folded copy; offsets found there are mapped back to the sentence as written, so evidence still
 * points at the page's text. Most sentences hold none, and cost one test. A name spelled out is read by its short
 * form the same way ("Internet Protocol address").
 */
const FOLDABLE = cased(rx`[\u00a0\u00ad\u2000-\u200d\u2010\u2011\u202f\u205f\u2060\u3000\ufeff\ufb00-\ufb06]`);

/** What one foldable character becomes (the caller has tested it with FOLDABLE). */
function foldOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xfb00 && code <= 0xfb06) return ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'][code - 0xfb00]!;
  if (code === 0x2010 || code === 0x2011) return '-';
  // Invisible: soft hyphen, zero-width space and joiners, word joiner, byte-order mark.
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return '';
  return ' ';
}

export interface Folded {
  text: string;
  /** The offset in the sentence as written of a start offset in `text`. */
  startAt: (i: number) => number;
  /** The same for an end offset (exclusive): just after the written character the folded one came from. */
  endAt: (i: number) => number;
}

/**
 * A name the vocabulary reads by its short form, spelled out: "Internet Protocol ("IP") address" and "IP (Internet
 * Protocol) address" are an IP address (every pattern of the IP-derived location reads "ip address"); and a word it
 * reads in one spelling, written in another: "geo-location" is "geolocation", "co-ordinates" are "coordinates".
 */
const SPELLED_OUT = re(
  rx`\binternet protocol(?: \(["“]?ip["”]?\))?(?= address)|\bip \(internet protocol\)(?= address)|\bgeo-(?=locat)|\bco-(?=ordinat)`,
  'gi',
);
/** The same, for a test that keeps no state. */
const SPELLED_OUT_TEST = new RegExp(SPELLED_OUT.source, 'i');

/** The folded copy of `raw`, or undefined when it holds nothing to fold. Linear in `raw`. */
export function foldCompatibility(raw: string): Folded | undefined {
  const foldable = FOLDABLE.test(raw);
  // Each spelling needs a hyphen or "protocol": most sentences have neither, and skip the pattern's scan.
  if (!foldable && !((raw.includes('-') || /rotocol/i.test(raw)) && SPELLED_OUT_TEST.test(raw))) return undefined;
  const parts: string[] = [];
  // The written offset of each folded character.
  let from: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const out = FOLDABLE.test(ch) ? foldOf(ch) : ch;
    parts.push(out);
    for (let k = 0; k < out.length; k++) from.push(i);
  }
  let text = parts.join('');
  // Tested on the folded text (a non-breaking hyphen makes "geo‑location" one only once folded); a text with nothing
  // to fold is the one already tested.
  if (!foldable || SPELLED_OUT_TEST.test(text)) {
    // The short form stands where the long one did: its two letters point at the long form's first character.
    let out = '';
    const mapped: number[] = [];
    let last = 0;
    for (const m of text.matchAll(SPELLED_OUT)) {
      // "geo-" and "co-" lose their hyphen, each letter where it was; the short form's two letters point at the long
      // form's first.
      const short = m[0].endsWith('-') ? m[0].slice(0, -1) : 'IP';
      out += text.slice(last, m.index) + short;
      for (let k = last; k < m.index; k++) mapped.push(from[k]!);
      for (let k = 0; k < short.length; k++) mapped.push(from[m.index + (short === 'IP' ? 0 : k)]!);
      last = m.index + m[0].length;
    }
    out += text.slice(last);
    for (let k = last; k < text.length; k++) mapped.push(from[k]!);
    text = out;
    from = mapped;
  }
  return {
    text,
    startAt: (i) => (i < from.length ? from[i]! : raw.length),
    endAt: (i) => (i <= 0 ? 0 : i > from.length ? raw.length : from[i - 1]! + 1),
  };
}
