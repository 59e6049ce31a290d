/**
 * FNV-1a (32 bit) over UTF-16 code units, as 8 hex digits: a cheap, stable fingerprint of normalised text for
 * telling "same" from "changed". Not a defence against a forger: two versions are only ever compared with each
 * other, never trusted because their hashes match a stranger's.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
