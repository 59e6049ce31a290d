import { describe, expect, it, vi } from 'vitest';
import { AFTER_ACTION_MS, onReaderNavigation } from './url-change';

/** A window as onReaderNavigation uses it: events, an address, timers (vitest's fake ones). */
function fakeWindow(href: string) {
  const target = new EventTarget();
  return Object.assign(target, { location: { href }, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) }) as unknown as Window & {
    location: { href: string };
  };
}

describe('onReaderNavigation', () => {
  it('compares with the address it was given, so the caller need not touch `location` at start', () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow('https://news.example/a');
      const onChange = vi.fn();
      // The address read at start (the document's URL) is already another one: the first check after a click sees it.
      onReaderNavigation(win, onChange, 'https://news.example/before');
      win.dispatchEvent(new Event('click'));
      vi.advanceTimersByTime(AFTER_ACTION_MS[0]);
      expect(onChange).toHaveBeenCalledTimes(1);
      // Counterexample: the same address at start and after the reader's click is no navigation.
      const same = fakeWindow('https://news.example/a');
      const never = vi.fn();
      onReaderNavigation(same, never, 'https://news.example/a');
      same.dispatchEvent(new Event('click'));
      vi.advanceTimersByTime(AFTER_ACTION_MS.at(-1)!);
      expect(never).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows back and forward, and Enter but not other keys', () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow('https://news.example/a');
      const onChange = vi.fn();
      onReaderNavigation(win, onChange);
      win.dispatchEvent(Object.assign(new Event('keydown'), { key: 'a' }));
      win.location.href = 'https://news.example/b';
      vi.advanceTimersByTime(AFTER_ACTION_MS.at(-1)!);
      expect(onChange).not.toHaveBeenCalled();
      win.dispatchEvent(new Event('popstate'));
      expect(onChange).toHaveBeenCalledTimes(1);
      win.location.href = 'https://news.example/c';
      win.dispatchEvent(Object.assign(new Event('keydown'), { key: 'Enter' }));
      vi.advanceTimersByTime(AFTER_ACTION_MS[0]);
      expect(onChange).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
