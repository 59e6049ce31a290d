import { describe, expect, it } from 'vitest';
import { sitesOf } from './history-sites';

const entry = (url: string, versions: number) => ({ url, dropped: 0, versions: Array.from({ length: versions }, (_, i) => ({ recordedAt: `2026-01-0${i + 1}T00:00:00.000Z`, bytes: 10 })) });

describe('sitesOf', () => {
  it('groups documents by origin, counting documents and versions, alphabetically', () => {
    const sites = sitesOf({
      documents: {
        a: entry('https://www.example.com/privacy', 2),
        b: entry('https://www.example.com/legal/cookies', 1),
        c: entry('http://localhost:8787/legal/policy.html', 3),
      },
    });
    expect(sites).toEqual([
      { origin: 'http://localhost:8787', documents: 1, versions: 3 },
      { origin: 'https://www.example.com', documents: 2, versions: 3 },
    ]);
  });

  it('keeps apart what differs by scheme or port, and leaves out an address that does not parse', () => {
    const sites = sitesOf({ documents: { a: entry('https://example.com/p', 1), b: entry('http://example.com/p', 1), c: entry('not a url', 1) } });
    expect(sites.map((s) => s.origin)).toEqual(['http://example.com', 'https://example.com']);
  });
});
