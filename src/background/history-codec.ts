/**
 * A version's extracted text, kept small: its PolicyText as JSON, gzipped with the platform's own
 * `CompressionStream` (Chrome, Firefox, Node 18+ all have it, so nothing is bundled), then base64 so it fits in
 * storage.local, which holds JSON only. Policy text compresses 4–6× (see README "History" for figures).
 */
import type { PolicyText } from '../core/text/policy-text';

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** base64 in slices: `String.fromCharCode(...bytes)` on a whole policy would overflow the argument stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function gzipText(text: string): Promise<string> {
  return toBase64(await pipe(new TextEncoder().encode(text), new CompressionStream('gzip')));
}

export async function gunzipText(base64: string): Promise<string> {
  return new TextDecoder().decode(await pipe(fromBase64(base64), new DecompressionStream('gzip')));
}

/** Only the fields a PolicyText has: what comes back from storage is checked like anything else read back. */
export async function packPolicyText(policy: PolicyText): Promise<string> {
  const blocks = policy.blocks.map((b) => ({
    kind: b.kind,
    start: b.start,
    end: b.end,
    headingPath: b.headingPath,
    ...(b.level ? { level: b.level } : {}),
  }));
  return gzipText(JSON.stringify({ text: policy.text, blocks }));
}

export async function unpackPolicyText(base64: string): Promise<PolicyText> {
  const value = JSON.parse(await gunzipText(base64)) as PolicyText;
  if (!value || typeof value.text !== 'string' || !Array.isArray(value.blocks)) throw new Error('stored text is unreadable');
  return value;
}
