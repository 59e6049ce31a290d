import { describe, expect, it } from 'vitest';
import { parseDatedName } from './folder-archive';
import { parseRawLog } from './git-archive';
import { formatOfPath, isTechnicalMessage } from './sources';

describe('parseRawLog', () => {
  it('reads commits, dates, subjects and the blob of each file change from `git log -z --raw`', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const z = '0'.repeat(40);
    const out =
      `\u001e${'1'.repeat(40)} 2024-01-10T23:30:00-02:00 First record of Acme Privacy Policy\n:000000 100644 ${z} ${a} A\0Acme/Privacy Policy.md\0` +
      `\0\u001e${'2'.repeat(40)} 2024-02-01T10:00:00+00:00 Apply technical or declaration upgrade on Acme\n:100644 100644 ${a} ${b} M\0Acme/Privacy Policy.md\0:100644 000000 ${a} ${z} D\0Old/Gone.md\0`;
    expect(parseRawLog(out)).toEqual([
      // The author date in UTC: 23:30 at UTC−2 is the next day.
      { commit: '1'.repeat(40), date: '2024-01-11', subject: 'First record of Acme Privacy Policy', status: 'A', blob: a, path: 'Acme/Privacy Policy.md' },
      { commit: '2'.repeat(40), date: '2024-02-01', subject: 'Apply technical or declaration upgrade on Acme', status: 'M', blob: b, path: 'Acme/Privacy Policy.md' },
      { commit: '2'.repeat(40), date: '2024-02-01', subject: 'Apply technical or declaration upgrade on Acme', status: 'D', blob: z, path: 'Old/Gone.md' },
    ]);
  });
});

describe('parseDatedName', () => {
  it('reads service, document and date from corpus-style names', () => {
    expect(parseDatedName('tiktok__us__2025-09.md')).toEqual({ service: 'tiktok', document: 'us', date: '2025-09-01' });
    expect(parseDatedName('tiktok__us__2025-09__terms.md')).toEqual({ service: 'tiktok', document: 'us__terms', date: '2025-09-01' });
    expect(parseDatedName('amazon__us__2021-05-30.html')).toEqual({ service: 'amazon', document: 'us', date: '2021-05-30' });
  });
  it('ignores other files', () => {
    expect(parseDatedName('README.md')).toBeUndefined();
    expect(parseDatedName('tiktok__us__2025-09.pdf')).toBeUndefined();
    expect(parseDatedName('tiktok__us.md')).toBeUndefined();
  });
});

describe('isTechnicalMessage', () => {
  it.each([
    ['Apply technical or declaration upgrade on TikTok Privacy Policy', true],
    ['Refilter Facebook Privacy Policy', true],
    ['Record new changes of TikTok Privacy Policy', false],
    ['Update README about a technical upgrade', false],
  ])('%s → %s', (message, technical) => expect(isTechnicalMessage(message)).toBe(technical));
});

describe('formatOfPath', () => {
  it.each([
    ['TikTok/Privacy Policy.md', 'markdown'],
    ['a/b.HTML', 'html'],
    ['LICENSE', undefined],
  ])('%s → %s', (path, format) => expect(formatOfPath(path)).toBe(format));
});
