/** Saves text as a file from an extension page, through a temporary object URL and a download link. */
export function downloadText(doc: Document, name: string, type: string, text: string): void {
  const win = doc.defaultView!;
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}
