import { describe, expect, it } from 'vitest';
import { visitDate } from '../content/page/history-banner';
import { versionLabels } from './version-labels';

describe('then vs now labels', () => {
  it('names each version by its day, or by its time when both were read the same day', () => {
    expect(versionLabels('2026-03-03T10:00:00Z', '2026-06-02T10:00:00Z', 'en-GB')).toEqual(['3 March 2026', '2 June 2026']);
    const [a, b] = versionLabels('2026-03-03T10:00:00Z', '2026-03-03T10:05:00Z', 'en-GB');
    expect(a).not.toBe(b);
    expect(a).toContain('3 March 2026');
  });

  it('keeps the two labels distinct when both versions were recorded within the same second', () => {
    const [a, b] = versionLabels('2026-03-03T10:00:18.019Z', '2026-03-03T10:00:18.936Z', 'en-GB');
    expect(a).not.toBe(b);
    expect(a).toContain('3 March 2026');
    expect(b).toContain('3 March 2026');
  });

  it('says the day of the last visit as a reader remembers it: the year only when it is not this one', () => {
    const now = new Date('2026-06-02T12:00:00Z');
    expect(visitDate('2026-03-03T10:00:00Z', now, 'en-GB')).toBe('3 March');
    expect(visitDate('2025-03-03T10:00:00Z', now, 'en-GB')).toBe('3 March 2025');
  });
});
