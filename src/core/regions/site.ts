/** The site of a host: its last two labels (three under a two-letter second-level such as co.uk). */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().split('.');
  const n = /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2] ?? '') && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}
