import { describe, expect, it } from 'vitest';
import { unreadNotices } from './unread';

const t = (key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`;

describe('unreadNotices', () => {
  it('says how many stretches were skipped and where the page was cut', () => {
    expect(unreadNotices(t, { skippedPieces: 1046, pieceChars: 2000, cutAt: 3_000_000 })).toEqual(['analysisCut(3,000,000)', 'analysisSkipped(1,046|2,000)']);
  });

  it('says nothing when everything was read', () => {
    expect(unreadNotices(t, undefined)).toEqual([]);
    expect(unreadNotices(t, { skippedPieces: 0, pieceChars: 2000 })).toEqual([]);
  });
});
