import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/serve';
import { BIN } from '../../test/unit/built-cli';
import type { CliIO } from './io';
import { markdownToHtml } from './load';
import { main } from './main';
import { scratchDir } from '../../test/support/temp-dir';

const run = promisify(execFile);

async function runInProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => '' };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('policy-lens detect', () => {
  it('prints one JSON verdict for an HTML file', async () => {
    const { code, out } = await runInProcess(['detect', join(SITE_DIR, 'legal/privacy-policy-us.html')]);
    expect(code).toBe(0);
    const verdict = JSON.parse(out);
    expect(verdict.kind).toBe('privacy-policy');
    expect(verdict.score).toBeGreaterThan(0.5);
    expect(Array.isArray(verdict.reasons)).toBe(true);
  });

  it('uses --url as the page URL', async () => {
    const { out } = await runInProcess(['detect', join(SITE_DIR, 'legal.html'), '--url', 'https://orbit.example/legal?doc=3']);
    expect(JSON.parse(out).kind).toBe('privacy-policy');
  });

  it('reads Markdown, taking front matter as metadata', async () => {
    const dir = scratchDir('pl-');
    const file = join(dir, 'memo.md');
    writeFileSync(
      file,
      '---\ntitle: Our take on a new privacy policy\nterms_types: ["Privacy Policy"]\n---\n\nA short memo. The company said it changed its policy.\n',
    );
    const { code, out } = await runInProcess(['detect', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).kind).toBe('not-policy');
    expect(markdownToHtml('---\ntitle: "Hello <b>"\n---\n# Hi')).toContain('<title>Hello &lt;b&gt;</title>');
  });

  it('fails with one line on stderr and exit code 2 for a missing file', async () => {
    const { code, out, err } = await runInProcess(['detect', '/nonexistent/policy.html']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/cannot read .*no such file/);
  });

  it('exits 2 with usage for a missing argument or an unknown command', async () => {
    expect((await runInProcess(['detect'])).code).toBe(2);
    const unknown = await runInProcess(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command/);
  });

  it('runs as the real command', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'detect', join(SITE_DIR, 'legal/terms.html')]);
    expect(JSON.parse(stdout).kind).toBe('terms');
    const failed = await run(process.execPath, [BIN, 'detect', 'missing.html']).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/^policy-lens: cannot read missing.html: no such file\n$/);
  });
});

describe('policy-lens classify --jsonl', () => {
  const withStdin = async (argv: string[], stdin: string) => {
    let out = '';
    let err = '';
    const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => stdin });
    return { code, out, err };
  };

  it('writes one line per input line, and an error object for a bad line without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We collect faceprints from your videos.' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 42 }),
      '',
      JSON.stringify({ id: 7, text: 'We do not collect your precise location.' }),
      JSON.stringify({ id: 'e', text: 'x'.repeat(30_000) }),
    ].join('\n');
    const { code, out } = await withStdin(['classify', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a', practices: [{ type: 'face', stance: 'affirmed', identifier: true }] });
    expect(lines[1]).toMatchObject({ error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.stringMatching(/text/) });
    expect(lines[3]).toMatchObject({ id: 7, practices: [{ type: 'location.precise', stance: 'denied' }] });
    expect(lines[4]).toMatchObject({ id: 'e', error: expect.stringMatching(/longer than/) });
  });

  it('asks for --jsonl', async () => {
    expect((await withStdin(['classify'], '')).code).toBe(2);
  });
});

describe('policy-lens analyze', () => {
  it('prints verdict, a summary of all six types and located practices as JSON', async () => {
    const { code, out } = await runInProcess(['analyze', join(SITE_DIR, 'legal/privacy-policy-us.html')]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.verdict.kind).toBe('privacy-policy');
    expect(Object.keys(result.summary).sort()).toEqual(['biometric', 'face', 'location', 'location.approximate', 'location.precise', 'voice']);
    const faceprint = result.practices.find((p: { type: string; identifier?: boolean }) => p.type === 'face' && p.identifier);
    expect(faceprint).toMatchObject({ stance: 'affirmed', section: expect.stringContaining('Image and audio information') });
    expect(typeof faceprint.start).toBe('number');
    expect(faceprint.sentence).toMatch(/faceprints/);
  });

  it('writes a readable text report and a Markdown report that escapes page text', async () => {
    const text = await runInProcess(['analyze', join(SITE_DIR, 'legal/privacy-policy-us.html'), '--format', 'text']);
    expect(text.out).toMatch(/Face\s+collects\s+\(identifiers: collects\)/);
    expect(text.out).toMatch(/“We may collect biometric identifiers/);
    const md = await runInProcess(['analyze', join(SITE_DIR, 'legal/privacy-policy-eea.html'), '--format', 'md']);
    expect(md.out).toMatch(/^# What this policy says/);
    expect(md.out).toMatch(/\| Face \| collects \(identifiers such as faceprints: not mentioned\) \|/);
    expect(md.out).not.toMatch(/<[a-z]/i);
  });

  it('lists each sentence once in text and md, with every type it names', async () => {
    const file = join(SITE_DIR, 'legal/privacy-policy-us.html');
    const json = JSON.parse((await runInProcess(['analyze', file])).out);
    const both = json.practices.filter((p: { sentence: string }) => /faceprints and voiceprints/.test(p.sentence));
    expect(both.map((p: { type: string }) => p.type)).toEqual(['face', 'voice']);
    for (const format of ['text', 'md']) {
      const { out } = await runInProcess(['analyze', file, '--format', format]);
      // Markdown emphasises the data words (**faceprints**): compare the words, not the markup.
      expect(out.replaceAll('**', '').match(/faceprints and voiceprints/g), format).toHaveLength(1);
      const sentences = new Set(json.practices.map((p: { start: number }) => p.start)).size;
      expect(out, format).toContain(`Flagged sentences (${sentences})`);
    }
    const text = (await runInProcess(['analyze', file, '--format', 'text'])).out;
    expect(text).toMatch(/\[Face\] collects · identifier\n {2}\[Voice\] collects · identifier\n.*\n.*faceprints and voiceprints/);
  });

  it('rejects an unknown format, naming it', async () => {
    const r = await runInProcess(['analyze', join(SITE_DIR, 'legal/privacy-policy-us.html'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('policy-lens: unknown format "pdf" (one of json, md, text)\n');
  });
});

describe('policy-lens compare', () => {
  const legal = (f: string) => join(SITE_DIR, 'legal', f);

  it('compares regional versions given as FILE=REGION and prints the JSON shape', async () => {
    const { code, out } = await runInProcess([
      'compare',
      `${legal('privacy-policy-us.html')}=US`,
      `${legal('privacy-policy-eea.html')}=EEA`,
      `${legal('privacy-policy-row.html')}=ROW`,
    ]);
    expect(code).toBe(0);
    const c = JSON.parse(out);
    expect(c.regions).toEqual(['US', 'EEA', 'ROW']);
    expect(c.matrix['location.precise']).toEqual({ US: 'may-collect', EEA: 'denies', ROW: 'may-collect' });
    expect(Array.isArray(c.sections)).toBe(true);
    expect(c.keyDifferences[0].text).toBe('US version allows faceprints and voiceprints; EEA and ROW versions do not mention them.');
  });

  it('compares the regional parts of one page, and explains when a page has none', async () => {
    const parts = await runInProcess(['compare', legal('privacy-policy-regions.html'), '--format', 'text']);
    expect(parts.code).toBe(0);
    expect(parts.out).toMatch(/^Comparing US, EEA\/UK\/CH, ROW/);
    const none = await runInProcess(['compare', legal('privacy-policy-us.html')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no regional parts/);
  });

  it('writes Markdown with the key differences and a matrix', async () => {
    const { out } = await runInProcess(['compare', `${legal('privacy-policy-us.html')}=US`, `${legal('privacy-policy-eea.html')}=EEA`, '--format', 'md']);
    expect(out).toMatch(/^# How this policy differs by region: US, EEA/);
    expect(out).toMatch(/\| Faceprints \| collects \| not mentioned \|/);
  });
});

describe('policy-lens annotations', () => {
  const legal = (f: string) => join(SITE_DIR, 'legal', f);

  it('exports machine findings as a valid AnnotationCollection and re-anchors them on another version', async () => {
    const exported = await runInProcess(['annotations', 'export-findings', legal('privacy-policy-us.html'), '--url', 'https://lumen.example/privacy']);
    expect(exported.code).toBe(0);
    const c = JSON.parse(exported.out);
    expect(c).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage' } });
    const first = c.first.items[0];
    expect(first.target.source).toBe('https://lumen.example/privacy');
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first.policyLens.provenance).toBe('machine');

    const dir = scratchDir('pl-anno-');
    const file = join(dir, 'findings.json');
    writeFileSync(file, exported.out);
    expect((await runInProcess(['annotations', 'validate', file])).out).toMatch(/^valid: \d+ annotations/);

    const same = JSON.parse((await runInProcess(['annotations', 'reanchor', file, legal('privacy-policy-us.html')])).out);
    expect(same.counts.orphaned).toBe(0);
    expect(same.counts.anchored).toBe(c.first.items.length);
    const eea = JSON.parse((await runInProcess(['annotations', 'reanchor', file, legal('privacy-policy-eea.html')])).out);
    const faceprint = eea.results.find(
      (r: { id: string }) =>
        r.id ===
        c.first.items.find((a: { target: { selector: { exact?: string }[] } }) =>
          /faceprints/.test(a.target.selector[0]!.exact ?? ''),
        ).id,
    );
    expect(faceprint.state).toBe('orphaned');
    expect(eea.counts.anchored + eea.counts.fuzzy + eea.counts.orphaned).toBe(c.first.items.length);
  });

  it('names every problem of a broken file and exits 1', async () => {
    const dir = scratchDir('pl-anno-');
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'AnnotationCollection',
        items: [
          {
            id: 'a',
            type: 'Annotation',
            target: { source: 'x', selector: { type: 'TextPositionSelector', start: -1, end: 'b' } },
          },
        ],
      }),
    );
    const r = await runInProcess(['annotations', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/selector/);
  });
});
