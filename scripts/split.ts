/**
 * The dev data is split by service into a *seen* half (develop against it, read its misses) and a *blind* half
 * (only its scores are printed): the gap between the two is the overfitting figure. The split is a fixed hash of
 * the service name, so it never moves when sentences or documents are added.
 */
export type Half = 'seen' | 'blind';

/** FNV-1a, 32 bits, over the lower-cased service name's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function halfOf(service: string): Half {
  return fnv1a(service.trim().toLowerCase()) % 2 === 0 ? 'seen' : 'blind';
}

/** The service a corpus file or an eval row's `source` belongs to: `tiktok__us__2025-09.md` → `tiktok`. */
export function serviceOfSource(source: string): string {
  return source.split('__')[0]!.replace(/\.(md|html?)$/i, '');
}
