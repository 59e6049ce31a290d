/**
 * Hostile policies for the analyzer (issue 12, item 1): a run of periods inside one sentence, a run-on sentence
 * of megabytes, and deep punctuation runs, each appended to a normal policy. Used by `npm run bench` (figures as
 * ratios against the normal policy, timed in the same process) and by the unit tests that check the work grows
 * linearly. The sentences are authored here; nothing is copied from ../shared.
 */
import type { PolicyText, TextBlock } from '../src/core/text/policy-text';

const NORMAL_SENTENCES = [
  'We collect your precise location from the GPS of your device when you allow it in the app.',
  'We do not collect face geometry or voiceprints from the photos and recordings you upload.',
  'Your approximate location is derived from your IP address to show prices in your currency.',
  'If you enable voice search, we record your voice commands and keep them for thirty days.',
  'We share usage data with service providers who help us run the service.',
  'You can ask us to delete your account at any time from the settings page.',
];

/** Sentences with no data-type word: most of a real policy, skipped by the cheap pass. */
const FILLER_SENTENCES = [
  'We keep this notice up to date and tell you when it changes in a way that matters.',
  'Our support team answers questions about your account by email within two working days.',
  'The service is provided by a company registered in the country named on the contact page.',
  'We use cookies to remember your preferences and to keep you signed in between visits.',
];

/** Builds a PolicyText of paragraphs under one heading. */
export function policyOf(paragraphs: string[]): PolicyText {
  let text = 'Privacy Policy\n';
  const blocks: TextBlock[] = [{ kind: 'heading', start: 0, end: 14, level: 1, headingPath: [] }];
  for (const p of paragraphs) {
    const start = text.length;
    text += p + '\n';
    blocks.push({ kind: 'paragraph', start, end: start + p.length, headingPath: ['Privacy Policy'] });
  }
  return { text, blocks };
}

/** A normal policy of about `words` words. */
export function normalParagraphs(words = 6000): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const claim = NORMAL_SENTENCES[i % NORMAL_SENTENCES.length]!;
    const para = [claim, ...FILLER_SENTENCES.slice(i % 2)].join(' ');
    out.push(para);
    count += para.split(' ').length;
  }
  return out;
}

export interface HostileCase {
  name: string;
  policy: PolicyText;
}

/** The hostile cases at a scale: 1 is the size (100k periods, a 2 MB run-on sentence). */
export function hostileCases(scale = 1): HostileCase[] {
  const normal = normalParagraphs();
  const periods = 'We collect your location' + '.'.repeat(Math.round(100_000 * scale)) + 'and more.';
  const unit = 'we collect your location and your voice and ';
  const runOn = 'Also ' + unit.repeat(Math.round((2_000_000 * scale) / unit.length)) + 'that is all.';
  const deep = 'We collect your location' + '?!.)]"'.repeat(Math.round(20_000 * scale)) + ' ok.';
  const commas = 'We collect your location, ' + ',;:'.repeat(Math.round(50_000 * scale)) + ' and your face geometry.';
  return [
    { name: 'normal policy', policy: policyOf(normal) },
    { name: `periods in one sentence (${Math.round(100_000 * scale)})`, policy: policyOf([...normal, periods]) },
    { name: `run-on sentence (${(runOn.length / 1e6).toFixed(1)} MB)`, policy: policyOf([...normal, runOn]) },
    { name: `deep punctuation run (${Math.round(120_000 * scale)} chars)`, policy: policyOf([...normal, deep]) },
    { name: `comma/semicolon run (${Math.round(150_000 * scale)} chars)`, policy: policyOf([...normal, commas]) },
  ];
}
