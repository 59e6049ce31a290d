import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../core/history';
import { analyzePolicy } from '../../core/nlp';
import { ChunkCache, markdownPolicyText, markdownPolicyTextWhole } from './markdown-text';
import { versionAnalyzer } from './version-analyzer';

/** Authored Markdown with what OTA files hold: setext and ATX headings, nested lists, a table, links, emphasis, raw HTML. */
const AUTHORED = [
  'Privacy Policy\n==============\n\nLast updated: _1 March 2025_\n\n**Introduction**\n----------------\n\nThis policy applies to [our apps](https://example.org/apps).\n',
  '### What we collect\n\n*   **Location.** We collect your approximate location from your IP address.\n    *   With your permission, we collect precise location.\n*   **Photos.** We collect photos of you.\n\n1. First\n2. Second\n',
  '| Data | Use |\n| --- | --- |\n| Voice | We record your voice when you use voice search. |\n\n<div>Raw <b>HTML</b> with a face.</div>\n\nA closing paragraph\nover two lines.\n',
];

describe('chunked Markdown extraction', () => {
  it('gives exactly the text and blocks of the whole-document path, on authored Markdown', () => {
    const cache = new ChunkCache();
    for (const md of [AUTHORED.join('\n'), AUTHORED[0]! + AUTHORED[2]!, AUTHORED[1]!]) {
      expect(markdownPolicyText(md, cache)).toEqual(markdownPolicyTextWhole(md));
    }
    expect(cache.hits).toBeGreaterThan(0);
  });

  it('takes the whole path for reference-style links and front matter, which are not self-contained per block', () => {
    const md = 'Intro with [a link][1].\n\n[1]: https://example.org/\n\n## Later\n\nMore [text][1].\n';
    expect(markdownPolicyText(md, new ChunkCache())).toEqual(markdownPolicyTextWhole(md));
    const front = '---\ntitle: A policy\n---\n\n# Policy\n\nWe collect faceprints.\n';
    expect(markdownPolicyText(front, new ChunkCache())).toEqual(markdownPolicyTextWhole(front));
  });

  const CORPUS = join(import.meta.dirname, '../../../../shared/corpus/docs');
  const present = existsSync(CORPUS);
  if (!present) console.warn(`history: ${CORPUS} not found; the corpus equivalence test is skipped`);
  it.skipIf(!present)('gives exactly the whole-document text on every Markdown file of the corpus', { timeout: 180_000 }, () => {
    const cache = new ChunkCache();
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    const differing = files.filter((f) => {
      const md = readFileSync(join(CORPUS, f), 'utf8');
      return JSON.stringify(markdownPolicyText(md, cache)) !== JSON.stringify(markdownPolicyTextWhole(md));
    });
    expect(differing).toEqual([]);
  });
});

describe('versionAnalyzer', () => {
  it('digests versions exactly as the plain analyzer does, its caches warm or cold', () => {
    const analyze = versionAnalyzer('v');
    const versions = [AUTHORED.join('\n'), AUTHORED.join('\n').replace('approximate location', 'precise location'), AUTHORED.join('\n')];
    for (const md of versions) {
      const policy = markdownPolicyTextWhole(md);
      expect(analyze(md, 'markdown')).toEqual(digestOf(policy, analyzePolicy(policy), 'v'));
    }
    // A later sentence turns the claim into a denial in place: the cached claim must not be the one rewritten.
    const html = '<h1>Policy</h1><p>We create a faceprint to unlock the app. This data never leaves your device.</p>';
    const first = analyze(html, 'html');
    expect(first.identifiers.face).toBe('denies');
    expect(analyze(html, 'html')).toEqual(first);
    expect(analyze('<h1>Policy</h1><p>We create a faceprint to unlock the app.</p>', 'html').identifiers.face).toBe('collects');
  });
});
