/**
 * Known services' regional privacy policies: where each region's version lives, or that one address serves
 * each reader the version for where they are (then only that version can be fetched from here). Extend it by
 * pull request: add an entry with the hosts the policy pages live on and the addresses you checked.
 */
export interface RegistryEntry {
  service: string;
  /** Hosts (and their subdomains) whose pages belong to the service. */
  hosts: string[];
  /** Regional versions at their own addresses. */
  variants: { region: string; url: string }[];
  /** One address serves the version for the reader's location (no per-region address is published). */
  servedByLocation?: { url: string };
}

export const REGISTRY: RegistryEntry[] = [
  {
    service: 'TikTok',
    hosts: ['tiktok.com'],
    variants: [
      { region: 'US', url: 'https://www.tiktok.com/legal/page/us/privacy-policy/en' },
      { region: 'EEA', url: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en' },
      { region: 'ROW', url: 'https://www.tiktok.com/legal/page/row/privacy-policy/en' },
    ],
  },
  {
    service: 'WhatsApp',
    hosts: ['whatsapp.com'],
    variants: [
      { region: 'US', url: 'https://www.whatsapp.com/legal/privacy-policy' },
      { region: 'EEA', url: 'https://www.whatsapp.com/legal/privacy-policy-eea' },
    ],
  },
  {
    service: 'Google (and YouTube)',
    hosts: ['google.com', 'youtube.com'],
    // The `gl` parameter picks the country version.
    variants: [
      { region: 'US', url: 'https://policies.google.com/privacy?hl=en&gl=us' },
      { region: 'EEA', url: 'https://policies.google.com/privacy?hl=en&gl=ie' },
      { region: 'UK', url: 'https://policies.google.com/privacy?hl=en&gl=gb' },
      { region: 'AU', url: 'https://policies.google.com/privacy?hl=en&gl=au' },
    ],
  },
  {
    service: 'Microsoft',
    hosts: ['microsoft.com', 'bing.com'],
    variants: [
      { region: 'US', url: 'https://privacy.microsoft.com/en-us/privacystatement' },
      { region: 'EEA', url: 'https://privacy.microsoft.com/en-ie/privacystatement' },
      { region: 'UK', url: 'https://privacy.microsoft.com/en-gb/privacystatement' },
    ],
  },
  {
    service: 'Meta (Facebook)', hosts: ['facebook.com', 'meta.com'], variants: [],
    servedByLocation: { url: 'https://www.facebook.com/privacy/policy/' },
  },
  {
    service: 'Instagram', hosts: ['instagram.com'], variants: [],
    servedByLocation: { url: 'https://privacycenter.instagram.com/policy' },
  },
  {
    service: 'Snapchat', hosts: ['snapchat.com', 'snap.com'], variants: [],
    servedByLocation: { url: 'https://values.snap.com/privacy/privacy-policy' },
  },
  {
    service: 'X', hosts: ['x.com', 'twitter.com'], variants: [], servedByLocation: { url: 'https://x.com/en/privacy' },
  },
  {
    service: 'LinkedIn', hosts: ['linkedin.com'], variants: [],
    servedByLocation: { url: 'https://www.linkedin.com/legal/privacy-policy' },
  },
  {
    service: 'Temu', hosts: ['temu.com'], variants: [],
    servedByLocation: { url: 'https://www.temu.com/privacy-and-cookie-policy.html' },
  },
  {
    service: 'SHEIN', hosts: ['shein.com'], variants: [],
    servedByLocation: { url: 'https://us.shein.com/Privacy-Security-Policy-a-282.html' },
  },
];

/** The registry entry for a page's host (or a parent domain of it). */
export function registryEntryFor(url: string, registry: RegistryEntry[] = REGISTRY): RegistryEntry | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return registry.find((e) => e.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
