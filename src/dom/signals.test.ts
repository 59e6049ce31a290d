import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../test/unit/fixtures';
import { collectSignals, SAMPLE_CHARS } from './signals';

describe('collectSignals', () => {
  it('reads title, language, headings, lead lines and link relations', () => {
    const doc = htmlDocument(`<!doctype html><html lang="en-GB"><head><title> Privacy  Policy | Acme </title>
      <link rel="privacy-policy" href="/privacy"><link rel="stylesheet" href="/x.css"></head>
      <body><h1>Privacy Policy</h1><p>Last updated: 1 May 2026</p><h2>Information we collect</h2><p>${'We collect data. '.repeat(10)}</p></body></html>`);
    const s = collectSignals(doc, 'https://acme.example/legal/privacy');
    expect(s.title).toBe('Privacy Policy | Acme');
    expect(s.lang).toBe('en-gb');
    expect(s.headings).toEqual([
      { level: 1, text: 'Privacy Policy' },
      { level: 2, text: 'Information we collect' },
    ]);
    expect(s.lead.slice(0, 2)).toEqual(['Privacy Policy', 'Last updated: 1 May 2026']);
    expect(s.linkRels).toEqual([{ rel: 'privacy-policy', href: 'https://acme.example/privacy' }]);
    expect(s.declaresArticle).toBe(false);
  });

  it('notices a page that declares itself an article', () => {
    const og = htmlDocument('<html><head><meta property="og:type" content="article"></head><body><p>x</p></body></html>');
    expect(collectSignals(og, '').declaresArticle).toBe(true);
    const ld = htmlDocument('<html><head><script type="application/ld+json">{"@type": "BlogPosting"}</script></head><body></body></html>');
    expect(collectSignals(ld, '').declaresArticle).toBe(true);
  });

  it('reads a bounded sample of a huge page', () => {
    const para = `<p>${'word '.repeat(2000)}</p>`;
    const doc = htmlDocument(`<html><body>${para.repeat(500)}</body></html>`);
    const s = collectSignals(doc, '');
    expect(s.text.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(s.wordCount).toBeLessThan(20_000);
  });

  it('does not take navigation-only lines as the lead', () => {
    const doc = htmlDocument('<html><body><div><a href="/t">Terms of Service</a></div><h1>Cookies Policy</h1></body></html>');
    expect(collectSignals(doc, '').lead).toEqual(['Cookies Policy']);
  });
});
