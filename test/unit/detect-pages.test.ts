// The detector on whole authored pages, through the same signal gathering as the extension and the CLI.
import { describe, expect, it } from 'vitest';
import { decideOnEveryPage, detectPage } from '../../src/core/detect';
import { quickSample, quickSignals } from '../../src/dom/quick-signals';
import { collectSignals } from '../../src/dom/signals';
import { fixtureDocument, htmlDocument } from './fixtures';

const cases: [path: string, url: string, kind: string][] = [
  ['legal/privacy-policy-us.html', 'http://localhost/legal/privacy-policy-us', 'privacy-policy'],
  ['legal.html', 'http://localhost/legal?doc=3', 'privacy-policy'],
  ['legal/terms.html', 'http://localhost/legal/terms.html', 'terms'],
  ['legal/cookies.html', 'http://localhost/legal/cookies.html', 'cookie-policy'],
  ['news/policy-change.html', 'http://localhost/news/policy-change.html', 'not-policy'],
  ['help/delete-account.html', 'http://localhost/help/delete-account.html', 'not-policy'],
  ['shop/smart-camera.html', 'http://localhost/shop/smart-camera.html', 'not-policy'],
  ['index.html', 'http://localhost/', 'not-policy'],
];

describe('detection on authored pages', () => {
  for (const [path, url, kind] of cases) {
    it(`${path} is ${kind}`, () => {
      const verdict = detectPage(collectSignals(fixtureDocument(path), url));
      expect(verdict.kind, verdict.reasons.join('; ')).toBe(kind);
    });
    // The every-page script's cheap stages may dismiss only what the full detector would call not-policy.
    it(`${path}: the cheap stages ${kind === 'not-policy' ? 'may dismiss it' : 'leave it to the full detector'}`, () => {
      const doc = fixtureDocument(path);
      const quick = decideOnEveryPage(quickSignals(doc, url), () => quickSample(doc));
      if (kind !== 'not-policy') expect(quick).toBe('open');
      else if (quick !== 'open') expect(quick.kind).toBe('not-policy');
    });
  }

  it('the cheap stages find a policy by its opening text alone (no address, a neutral title)', () => {
    const doc = fixtureDocument('legal.html');
    doc.title = 'Nimbus';
    for (const h of Array.from(doc.querySelectorAll('h1'))) h.textContent = 'Nimbus';
    expect(decideOnEveryPage(quickSignals(doc, ''), () => quickSample(doc))).toBe('open');
  });

  it('the cheap stages dismiss a long article about something else', () => {
    const doc = htmlDocument(
      `<title>Riverside path to open by summer</title><body><main><h1>Riverside path</h1>${'<p>The council voted to finish the path before the summer, and cyclists welcomed it.</p>'.repeat(200)}</main><footer><a href="/privacy">Privacy Policy</a></footer></body>`,
    );
    expect(decideOnEveryPage(quickSignals(doc, 'https://valley.example/news/path'), () => quickSample(doc))).toMatchObject({ kind: 'not-policy' });
  });

  it('does not need the URL for the neutral-URL policy', () => {
    expect(detectPage(collectSignals(fixtureDocument('legal.html'), '')).kind).toBe('privacy-policy');
  });

  it('ignores "Privacy Policy" links in navigation and footers', () => {
    const doc = htmlDocument(
      `<title>Home</title><body><nav><a href="/p">Privacy Policy</a></nav><main><h1>Welcome</h1><p>${'Buy our shoes. '.repeat(300)}</p></main><footer><a href="/p">Privacy Policy</a></footer></body>`,
    );
    const verdict = detectPage(collectSignals(doc, 'https://shop.example/'));
    expect(verdict.kind).toBe('not-policy');
  });

  it('reads a policy held in a collapsed accordion', () => {
    const doc = htmlDocument(
      `<title>Trust Center</title><body><div style="display:none"><h2>Example Privacy Policy</h2>${'<p>We collect personal information and share your data with third parties. We retain it.</p>'.repeat(120)}<h3>Your rights</h3><h3>Data retention</h3><h3>Information we collect</h3></div></body>`,
    );
    expect(detectPage(collectSignals(doc, '')).kind).toBe('privacy-policy');
  });
});
