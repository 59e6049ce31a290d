import { describe, expect, it } from 'vitest';
import { joinPattern, words } from './pattern';

describe('pattern helpers', () => {
  it('words() is a non-capturing alternation of its arguments, each of which may hold several', () => {
    expect(words('a|b', 'c')).toBe('(?:a|b|c)');
    expect(new RegExp(`^${words('face', 'voice')}print$`).test('voiceprint')).toBe(true);
    expect(new RegExp(`^${words('face', 'voice')}print$`).exec('faceprint')).toHaveLength(1);
  });
  it('joinPattern() joins its pieces as written, a group opened in one piece closed in another', () => {
    const re = joinPattern('i', [String.raw`\b(?:privacy|data)[ -](?:policy|`, String.raw`notice)$`]);
    expect(re.source).toBe(String.raw`\b(?:privacy|data)[ -](?:policy|notice)$`);
    expect(re.flags).toBe('i');
    expect(re.test('Data Notice')).toBe(true);
    expect(re.test('privacy policy now')).toBe(false);
  });
});
