import { describe, expect, it } from 'vitest';
import { TextUploads } from './text-uploads';

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('TextUploads', () => {
  it('20 tabs uploading at once through 16 slots: every one arrives whole, none is refused', async () => {
    const uploads = new TextUploads(() => Date.now(), 16, 60_000, () => new Promise(() => undefined));
    const tab = async (i: number) => {
      const owner = `tab-${i}`;
      for (let c = 0; c < 3; c++) {
        await uploads.add(owner, 'u1', c, `${i}:${c};`);
        await tick();
      }
      return uploads.take(owner, 'u1', 3);
    };
    const texts = await Promise.all(Array.from({ length: 20 }, (_, i) => tab(i)));
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => `${i}:0;${i}:1;${i}:2;`));
    expect(uploads.held).toBe(0);
  });

  it('a tab cannot add to or take another tab’s upload, and holds one slot at most', async () => {
    const uploads = new TextUploads();
    await uploads.add('tab-1', 'u', 0, 'secret policy text');
    await expect(uploads.add('tab-2', 'u', 1, 'x')).rejects.toThrow(/out of order/);
    expect(() => uploads.take('tab-2', 'u', 1)).toThrow(/did not arrive whole/);
    await uploads.add('tab-1', 'v', 0, 'newer');
    expect(uploads.held).toBe(1);
    expect(uploads.take('tab-1', 'v', 1)).toBe('newer');
  });

  it('a slot held by a tab that went away frees for the next in line', async () => {
    let t = 0;
    const uploads = new TextUploads(() => t, 1, 60_000, () => tick());
    await uploads.add('gone', 'u', 0, 'x');
    const next = uploads.add('next', 'u', 0, 'y');
    await tick();
    t += 61_000;
    await next;
    expect(uploads.take('next', 'u', 1)).toBe('y');
    uploads.forgetOwner('next');
  });
});
