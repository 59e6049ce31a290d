/* eslint-disable no-control-regex -- these tests are about control characters */
import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_BOUND } from '../../test/unit/scaling';
import { jsonSafe, terminalSafe } from './terminal-safe';

// What a hostile page put in its text: retitle the terminal (OSC), clear it (CSI 2J, also as 8-bit C1), and
// reverse the display order of what follows (RLO).
const HOSTILE = 'We collect\u001b]0;pwned\u0007\u001b[2J\u001b[H FAKE \u009b2J and \u202eevil\u202c.\r';

describe('terminalSafe', () => {
  it('shows each control and bidi character as a visible code and never sends it', () => {
    const safe = terminalSafe(HOSTILE);
    expect(safe).toBe('We collect⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+001B⟩[2J⟨U+001B⟩[H FAKE ⟨U+009B⟩2J and ⟨U+202E⟩evil⟨U+202C⟩.');
    expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  // Counterexample: the report's own layout and ordinary non-ASCII text pass through.
  it('keeps newlines, tabs, quotes, accents and right-to-left text', () => {
    const text = 'Face\tcollects\n  “Nous collectons vos données” — نحن نجمع\n';
    expect(terminalSafe(text)).toBe(text);
  });

  it('is linear on a page made of control characters', () => {
    expect(growthRatio((n) => '\u001b\u009b\u202e'.repeat(n), terminalSafe, 5_000)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('jsonSafe', () => {
  it('escapes C1 and bidi characters JSON.stringify lets through, so the JSON means the same text', () => {
    const json = JSON.stringify({ sentence: HOSTILE });
    const safe = jsonSafe(json);
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(safe).toContain('\\u009b');
    expect(JSON.parse(safe)).toEqual({ sentence: HOSTILE });
  });
});
