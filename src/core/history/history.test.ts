import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../nlp/analyze';
import type { PolicyText, TextBlock } from '../text/policy-text';
import { conditionClause } from './digest';
import { changesBetween, describeChange, digestOf, eventsOf, fnv1a, type StanceChange, type TimelineVersion, type VersionDigest } from './index';

/** A tiny policy as PolicyText: "# heading" lines are headings, other lines paragraphs. */
function policy(lines: string[]): PolicyText {
  let text = '';
  const blocks: PolicyText['blocks'] = [];
  const path: string[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    const heading = line.startsWith('# ');
    const body = heading ? line.slice(2) : line;
    const block: TextBlock = { kind: heading ? 'heading' : 'paragraph', start: text.length, end: text.length + body.length, headingPath: [...path] };
    blocks.push(heading ? { ...block, level: 2 } : block);
    if (heading) path.splice(0, path.length, body);
    text += body;
  }
  return { text, blocks };
}

const digest = (lines: string[]) => {
  const p = policy(lines);
  return digestOf(p, analyzePolicy(p), 'test-1');
};

const BASE = [
  '# Information we collect',
  'We collect your approximate location from your IP address.',
  'We do not collect your precise location.',
  '# Your rights',
  'You can ask us to delete your information.',
];

describe('fnv1a', () => {
  it('is the FNV-1a 32-bit hash as hex', () => {
    // Reference values of FNV-1a 32 for ASCII strings (the offset basis for "", and "a").
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('ab')).not.toBe(fnv1a('ba'));
  });
});

describe('digestOf', () => {
  it('records the summary, the sentence behind each non-silent cell, sections and words', () => {
    const d = digest(BASE);
    expect(d.analyzerVersion).toBe('test-1');
    expect(d.summary['location.approximate']).toBe('collects');
    expect(d.summary['location.precise']).toBe('denies');
    expect(d.summary.face).toBe('silent');
    expect(d.evidence['location.approximate']).toBe('We collect your approximate location from your IP address.');
    expect(d.evidence['location.precise']).toBe('We do not collect your precise location.');
    expect(d.evidence.face).toBeUndefined();
    expect(d.sections.map((s) => s.heading)).toEqual(['Information we collect', 'Your rights']);
    expect(d.sections.every((s) => /^[0-9a-f]{8}$/.test(s.hash))).toBe(true);
    expect(d.words).toBe(29);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('keeps the conditions of a may-collect cell and the identifier rows apart', () => {
    const d = digest([
      '# Image and audio',
      'We may collect faceprints from your videos with your consent.',
      'We record your voice when you use voice search.',
    ]);
    expect(d.identifiers.face).toBe('may-collect');
    expect(d.evidence['face-id']).toBe('We may collect faceprints from your videos with your consent.');
    expect(d.conditions?.['face-id']?.join(' ')).toMatch(/consent/);
    expect(d.identifiers.voice).toBe('silent');
    expect(d.evidence['voice-id']).toBeUndefined();
    expect(d.summary.voice).not.toBe('silent');
  });

  it('hashes text the same when only case, spacing or dates differ', () => {
    const a = digest(['# Your rights', 'Last updated: 3 March 2025.', 'You can ask us to delete your information.']);
    const b = digest(['# YOUR RIGHTS', 'Last updated: 9 July 2026.', 'You  can ask us to delete your   information.']);
    expect(b.textHash).toBe(a.textHash);
    const c = digest(['# Your rights', 'Last updated: 3 March 2025.', 'You can ask us to correct your information.']);
    expect(c.textHash).not.toBe(a.textHash);
  });
});

describe('changesBetween', () => {
  it('reports nothing between versions with the same text', () => {
    const d = digest(BASE);
    expect(changesBetween(d, digest([...BASE]))).toEqual({ changes: [], sections: { added: [], removed: [], changed: [] }, material: false });
  });

  it('finds a stance that moved, with the sentences before and after', () => {
    const after = digest([
      '# Information we collect',
      'We collect your approximate location from your IP address.',
      'If you turn on location services, we may collect your precise location.',
      '# Your rights',
      'You can ask us to delete your information.',
    ]);
    const c = changesBetween(digest(BASE), after);
    expect(c.material).toBe(true);
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]).toMatchObject({
      type: 'location.precise',
      from: 'denies',
      to: 'may-collect',
      before: 'We do not collect your precise location.',
      after: 'If you turn on location services, we may collect your precise location.',
    });
    expect(c.changes[0]!.identifier).toBeUndefined();
    expect(c.sections).toEqual({ added: [], removed: [], changed: ['Information we collect'] });
    expect(describeChange(c.changes[0]!)).toBe(
      'now allows precise location (if you turn on location services; it said it did not before)',
    );
  });

  it('does not make an event of rewording that keeps every stance', () => {
    const after = digest([
      '# What information we collect',
      'We collect your approximate location, based on your IP address.',
      'We never collect your precise location.',
      '# Your rights',
      'You can ask us to delete your information.',
    ]);
    const c = changesBetween(digest(BASE), after);
    expect(c.material).toBe(false);
    expect(c.changes).toEqual([]);
    // The reworded heading pairs with the old one: a changed section, not one added and one removed.
    expect(c.sections).toEqual({ added: [], removed: [], changed: ['What information we collect'] });
  });

  it('puts an identifier appearing first, and lists sections added and removed', () => {
    const after = digest([
      '# Information we collect',
      'We collect your approximate location from your IP address.',
      'We do not collect your precise location.',
      '# Image and audio information',
      'We may collect biometric identifiers such as faceprints and voiceprints from your User Content.',
    ]);
    const c = changesBetween(digest(BASE), after);
    expect(c.changes.slice(0, 2).map((x) => [x.type, x.identifier, x.from])).toEqual([
      ['face', true, 'silent'],
      ['voice', true, 'silent'],
    ]);
    expect(c.changes[0]!.before).toBeUndefined();
    expect(c.changes[0]!.after).toMatch(/faceprints and voiceprints/);
    expect(c.sections.added).toEqual(['Image and audio information']);
    expect(c.sections.removed).toEqual(['Your rights']);
    expect(describeChange(c.changes[0]!)).toMatch(/^now allows faceprints/);
  });

  it('sees an identifier going while the type stays', () => {
    // Face data without an identifier on both sides (an image of a face on its own is none: LABELS.md).
    const before = digest(['# Media', 'We collect faceprints from your photos.', 'We detect faces in your photos to suggest filters.']);
    const after = digest(['# Media', 'We detect faces in your photos to suggest filters.']);
    const c = changesBetween(before, after);
    expect(c.changes).toEqual([
      { type: 'face', identifier: true, from: 'collects', to: 'silent', before: 'We collect faceprints from your photos.' },
    ]);
    expect(describeChange(c.changes[0]!)).toBe('no longer mentions faceprints (it allowed it before)');
  });
});

describe('conditionClause', () => {
  it('runs the cue on to the end of its clause, at most ten words', () => {
    expect(conditionClause('If you turn on location services, we may collect it.', 'If you turn on')).toBe('if you turn on location services');
    expect(conditionClause('We may collect it with your consent.', 'with your consent')).toBe('with your consent');
    expect(conditionClause('We collect it where you allow us to do so on any of the devices you use.', 'where you allow')).toBe(
      'where you allow us to do so on any of…',
    );
    // A cue the sentence does not hold (never expected) is kept as it is rather than lost.
    expect(conditionClause('We collect it.', 'with your consent')).toBe('with your consent');
  });
});

describe('describeChange', () => {
  const cases: [StanceChange, string][] = [
    [{ type: 'location.precise', from: 'silent', to: 'collects' }, 'now allows precise location'],
    [{ type: 'voice', from: 'may-collect', to: 'collects' }, 'now allows your voice without conditions'],
    [{ type: 'biometric', from: 'collects', to: 'denies' }, 'now says it does not collect other biometrics (it allowed it before)'],
    [{ type: 'location', from: 'denies', to: 'silent' }, 'no longer says it does not collect location (precision not stated)'],
    [{ type: 'face', from: 'collects', to: 'may-collect', conditions: ['with your consent'] }, 'now allows your face only on conditions (with your consent)'],
    [{ type: 'voice', identifier: true, from: 'silent', to: 'may-collect' }, 'now allows voiceprints (on conditions)'],
  ];
  it.each(cases)('%j → %s', (change, words) => expect(describeChange(change)).toBe(words));
});

describe('eventsOf', () => {
  const withFace = digest(['# Media', 'We collect faceprints from your photos.', '# Your rights', 'You can ask us to delete your information.']);
  const without = digest(['# Media', 'We collect images of your face when you take photos.', '# Your rights', 'You can ask us to delete your information.']);
  const broken = digest(['# Something went wrong', 'Refresh this page or try again later.']);
  const v = (date: string, d: VersionDigest, technical = false): TimelineVersion => ({ commit: `c-${date}`, date, digest: d, technical });

  it('makes an event of each stance change, marked technical when the archive says so', () => {
    const { events, transient } = eventsOf([v('2024-01-01', without), v('2024-02-01', without), v('2024-03-01', withFace, true)]);
    expect(transient).toBe(0);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ commit: 'c-2024-03-01', date: '2024-03-01', technical: true });
    expect(events[0]!.changes[0]).toMatchObject({ type: 'face', identifier: true, from: 'silent', to: 'collects' });
  });

  it('leaves out a broken recording that the next one undoes within days, and counts it', () => {
    const { events, transient } = eventsOf([v('2024-01-01', withFace), v('2024-01-05', broken), v('2024-01-06', withFace), v('2024-04-01', without)]);
    expect(transient).toBe(1);
    expect(events.map((e) => e.date)).toEqual(['2024-04-01']);
    // Undone only weeks later, it is two events.
    expect(eventsOf([v('2024-01-01', withFace), v('2024-01-05', broken), v('2024-03-06', withFace)]).events).toHaveLength(2);
  });

  // The short-lived recordings the rule missed in the PGA archive, as authored versions: a page replaced for a
  // day and restored with its headings in another case (Parler, April 2026), an empty capture restored together
  // with a restructure (Upscrolled, July 2026), a broken page recorded twice before it came back.
  const restoredCase = digest(['# MEDIA', 'We collect faceprints from your photos.', '# Your Rights:', 'You can ask us to delete your information.']);
  const empty = digest(['Loading']);
  const restructured = digest(['# Media', 'We collect faceprints from your photos.', '# Your rights', 'You can ask us to delete your information.', '# Contact us', 'Write to us.']);
  const landing = digest(['# Your voice', 'Speak freely.', '# Your audience', 'Find your people.']);

  it('leaves out a recording restored with headings that differ only in case or punctuation', () => {
    const { events, transient } = eventsOf([v('2024-01-01', withFace), v('2024-01-05', landing), v('2024-01-06', restoredCase)]);
    expect(transient).toBe(1);
    expect(events).toEqual([]);
  });

  it('leaves out a broken page recorded more than once before it came back', () => {
    const { events, transient } = eventsOf([v('2024-01-01', withFace), v('2024-01-03', broken), v('2024-01-04', empty), v('2024-01-08', withFace)]);
    expect(transient).toBe(2);
    expect(events).toEqual([]);
    // Back only after the seven days counted from the first broken recording: every step is an event.
    expect(eventsOf([v('2024-01-01', withFace), v('2024-01-03', broken), v('2024-01-04', empty), v('2024-01-11', withFace)]).events).toHaveLength(3);
  });

  it('tells what the restoring version changes besides, against the version before the broken one', () => {
    const { events, transient } = eventsOf([v('2024-01-01', withFace), v('2024-01-05', empty, true), v('2024-01-06', restructured)]);
    expect(transient).toBe(1);
    expect(events).toEqual([{ commit: 'c-2024-01-06', date: '2024-01-06', changes: [], sections: { added: ['Contact us'], removed: [] } }]);
  });

  it('keeps a real change that a rewording follows within days (nothing was undone)', () => {
    const reworded = digest(['# Media', 'We collect faceprints from the photos you upload.', '# Your rights', 'You can ask us to delete your information.']);
    const { events, transient } = eventsOf([v('2024-01-01', without), v('2024-01-02', withFace), v('2024-01-03', reworded)]);
    expect(transient).toBe(0);
    expect(events.map((e) => e.date)).toEqual(['2024-01-02']);
    // A section added for good, then a rewording: still an event.
    expect(eventsOf([v('2024-01-01', withFace), v('2024-01-02', restructured), v('2024-01-03', restructured)]).events.map((e) => e.sections.added)).toEqual([['Contact us']]);
  });

  it('starts at --since with the version before it as the baseline', () => {
    const { events } = eventsOf([v('2024-01-01', without), v('2024-02-01', withFace), v('2024-06-01', without)], '2024-03-01');
    expect(events.map((e) => [e.date, e.changes[0]!.to])).toEqual([['2024-06-01', 'silent']]);
  });
});
