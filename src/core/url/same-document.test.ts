import { describe, expect, it } from 'vitest';
import { sameDocument } from './same-document';

describe('sameDocument', () => {
  it('ignores trailing slashes and fragments, and nothing else', () => {
    expect(sameDocument('https://a.example/privacy/', 'https://a.example/privacy#us')).toBe(true);
    expect(sameDocument('https://a.example/privacy', 'https://a.example/privacy?lang=de')).toBe(false);
    expect(sameDocument('https://a.example/privacy', 'http://a.example/privacy')).toBe(false);
    expect(sameDocument('https://a.example/privacy', 'https://b.example/privacy')).toBe(false);
    expect(sameDocument('not a url', 'not a url')).toBe(false);
  });
});
