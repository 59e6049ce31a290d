import { describe, expect, it } from 'vitest';
import { countAtOrBefore } from './sorted';

describe('countAtOrBefore', () => {
  const at = [2, 5, 5, 9];
  it('counts the keys at or before a position', () => {
    expect(countAtOrBefore(at, (x) => x, 1)).toBe(0);
    expect(countAtOrBefore(at, (x) => x, 5)).toBe(3);
    expect(countAtOrBefore(at, (x) => x, 8)).toBe(3);
    expect(countAtOrBefore(at, (x) => x, 9)).toBe(4);
    expect(countAtOrBefore([], (x: number) => x, 9)).toBe(0);
  });
  it('agrees with a scan', () => {
    for (let pos = -1; pos <= 10; pos++) expect(countAtOrBefore(at, (x) => x, pos)).toBe(at.filter((x) => x <= pos).length);
  });
});
