import { describe, expect, it } from 'vitest';
import { encodeTerm, linkToPassage, textFragment } from './fragment';

describe('text fragments', () => {
  it('percent-encodes the syntax characters', () => {
    expect(encodeTerm('face-to-face, & more')).toBe('face%2Dto%2Dface%2C%20%26%20more');
  });

  it('uses a short quote whole, and the first and last words of a long one', () => {
    const text = 'Intro. We collect faceprints. The end.';
    expect(textFragment(text, 7, 29)).toBe('#:~:text=We%20collect%20faceprints.');
    const long = 'Intro. We may collect biometric identifiers and biometric information such as faceprints and voiceprints from your content. End.';
    const start = long.indexOf('We may');
    const end = long.indexOf(' End.');
    expect(textFragment(long, start, end)).toBe('#:~:text=We%20may%20collect%20biometric,voiceprints%20from%20your%20content.');
  });

  it('adds context when the start words occur more than once, and replaces an existing fragment', () => {
    const text = 'A. We keep data. B. We keep data. C.';
    const at = text.lastIndexOf('We keep data.');
    expect(textFragment(text, at, at + 13)).toBe('#:~:text=keep%20data.%20B.-,We%20keep%20data.,-C.');
    expect(linkToPassage('https://x.example/privacy#top', text, at, at + 13)).toBe(
      'https://x.example/privacy#:~:text=keep%20data.%20B.-,We%20keep%20data.,-C.',
    );
  });
});
