import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/serve';
import type { CliIO } from './io';
import { markdownToHtml } from './load';
import { main } from './main';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/policy-lens.js', import.meta.url));

async function runInProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => '' };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('policy-lens detect', () => {
  it('prints one JSON verdict for an HTML file', async () => {
    const { code, out } = await runInProcess(['detect', join(SITE_DIR, 'legal/privacy-policy.html')]);
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
    const dir = mkdtempSync(join(tmpdir(), 'pl-'));
    const file = join(dir, 'memo.md');
    writeFileSync(file, '---\ntitle: Our take on a new privacy policy\nterms_types: ["Privacy Policy"]\n---\n\nA short memo. The company said it changed its policy.\n');
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
