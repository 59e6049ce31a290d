/**
 * Who may send what (issue 12, item 6): the background trusted any sender's claims. Content messages must come
 * from a content script of this extension in a tab's top frame; popup messages from this extension's own pages;
 * note-form messages from the note form page framed in a tab. Pure: the sender and the extension's identity are
 * parameters.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderRole = 'content' | 'extension-page' | 'note-form';

export function roleOf(name: string): SenderRole | undefined {
  // The panel (a content script) asks the background to open the then-vs-now page: a page cannot open ours.
  if (name.startsWith('content/') || name === 'history/open-then-now') return 'content';
  if (/^(?:popup|history|watch|offscreen)\//.test(name)) return 'extension-page';
  if (name.startsWith('note-form/')) return 'note-form';
  return undefined;
}

/** Whether `sender` may send a message of `name`; `extensionBase` is `runtime.getURL('')`. */
export function senderAllowed(name: string, sender: SenderLike, extensionId: string, extensionBase: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
  switch (roleOf(name)) {
    case 'content':
      return !fromExtensionPage && Number.isInteger(sender.tab?.id) && (sender.frameId ?? 0) === 0;
    case 'extension-page':
      return fromExtensionPage;
    case 'note-form':
      return fromExtensionPage && sender.url!.startsWith(`${extensionBase}src/note-form/`) && Number.isInteger(sender.tab?.id);
    default:
      return false;
  }
}

/** Annotations a page may read and change: those of its own origin. */
export function sameOriginAs(sender: SenderLike, url: string): boolean {
  try {
    const origin = sender.origin ?? (sender.url ? new URL(sender.url).origin : undefined);
    return origin !== undefined && origin !== 'null' && new URL(url).origin === origin;
  } catch {
    return false;
  }
}
