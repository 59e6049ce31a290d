/* eslint-disable no-control-regex -- these tests are about control characters */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/serve';
import { BIN } from '../../test/unit/built-cli';
import pkg from '../../package.json' with { type: 'json' };
import { scratchDir } from '../../test/support/temp-dir';

/** Runs the built command as a user would (the bundle is built by vitest's global setup). */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return promisify(execFile)(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

const legal = (f: string) => join(SITE_DIR, 'legal', f);
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const scratch = () => scratchDir('pl-cli-');

// Each test starts the command several times; on a loaded machine that takes far longer than a unit test.
describe('the built command', { timeout: 180_000 }, () => {
  it('answers --version and --help, and --help for each verb', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, out: `${pkg.version}\n` });
    const help = await cli('--help');
    expect(help.out).toMatch(/detect .*\n.*analyze .*\n.*classify .*\n.*compare .*\n.*annotations /);
    for (const verb of ['detect', 'analyze', 'classify', 'compare', 'annotations']) {
      const r = await cli(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^usage: policy-lens ${verb}`));
    }
    expect((await cli('analyze', '--help')).out).toMatch(/--type T .*location\.approximate/);
  });

  it('names an unknown option, format, type or stance in one line, exit 2', async () => {
    expect(await cli('analyze', legal('privacy-policy-us.html'), '--frmat', 'md')).toMatchObject({
      code: 2,
      out: '',
      err: 'policy-lens: unknown option --frmat\n',
    });
    expect((await cli('detect', '-x', 'a.html')).err).toBe('policy-lens: unknown option -x\n');
    expect((await cli('compare', 'a', 'b', '--format', 'pdf')).err).toBe('policy-lens: unknown format "pdf" (one of json, md, text)\n');
    expect((await cli('analyze', 'a', '--type', 'face,gait')).err).toMatch(/^policy-lens: unknown type "gait" \(one of face, voice/);
    expect((await cli('analyze', 'a', '--stance', 'maybe')).err).toBe('policy-lens: unknown stance "maybe" (one of affirmed, denied)\n');
    expect((await cli('analyze', 'a', '--format')).err).toBe('policy-lens: option --format needs a value\n');
  });

  it('filters practices by --type (repeatable, comma lists, location for all three) and --stance', async () => {
    const all = JSON.parse((await cli('analyze', legal('privacy-policy-us.html'))).out).practices as { type: string; stance: string }[];
    const types = (out: string) => new Set((JSON.parse(out).practices as { type: string }[]).map((p) => p.type));
    expect(types((await cli('analyze', legal('privacy-policy-us.html'), '--type', 'face')).out)).toEqual(new Set(['face']));
    const two = types((await cli('analyze', legal('privacy-policy-us.html'), '--type', 'face,voice', '--type', 'biometric')).out);
    expect(two).toEqual(new Set(all.map((p) => p.type).filter((t) => ['face', 'voice', 'biometric'].includes(t))));
    const location = types((await cli('analyze', legal('privacy-policy-us.html'), '--type', 'location')).out);
    expect([...location].every((t) => t.startsWith('location'))).toBe(true);
    expect(location.has('location.precise')).toBe(true);
    const denied = JSON.parse((await cli('analyze', legal('privacy-policy-us.html'), '--stance', 'denied')).out).practices as { stance: string }[];
    expect(denied.length).toBe(all.filter((p) => p.stance === 'denied').length);
    expect(denied.every((p) => p.stance === 'denied')).toBe(true);
  });

  it('takes many files: JSON lines in input order with their path, an error line for a bad file, exit 1', async () => {
    const files = ['privacy-policy-us.html', 'terms.html', 'privacy-policy-eea.html', 'privacy-policy-us.html', 'privacy-policy-row.html'].map(legal);
    files.splice(2, 0, join(scratch(), 'missing.html'));
    const workers = await cli('analyze', ...files, '--jobs', '2');
    const oneThread = await cli('analyze', ...files, '--jobs', '1');
    expect(workers.code).toBe(1);
    expect(workers.out).toBe(oneThread.out);
    const lines = workers.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual(files);
    expect(lines[2]).toEqual({ path: files[2], error: expect.stringMatching(/cannot read .*missing\.html: no such file/) });
    expect(lines[0].verdict.kind).toBe('privacy-policy');
    expect(lines[1].verdict.kind).toBe('terms');
    const detect = (await cli('detect', ...files.filter((f) => !f.includes('missing')))).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(detect.map((d) => d.kind)).toEqual(['privacy-policy', 'terms', 'privacy-policy', 'privacy-policy', 'privacy-policy']);
    expect((await cli('analyze', ...files.slice(0, 2), '--format', 'text')).out).toMatch(/privacy-policy-us\.html[\s\S]*\n\n.*terms\.html/);
  });

  it('never sends a page\'s control or bidi characters to the terminal, in any format', async () => {
    const file = join(scratch(), 'retitle.html');
    const hostile = 'We collect your precise location\u001b]0;pwned\u0007\u001b[2J\u001b[H FAKE REPORT \u009b2J \u202eevil\u202c.';
    writeFileSync(file, `<title>Privacy Policy\u001b[2J</title><h1>Privacy Policy</h1><p>${hostile} We collect faceprints.</p>`);
    for (const format of ['text', 'md']) {
      const { out, code } = await cli('analyze', file, '--format', format);
      expect(code).toBe(0);
      expect(out).not.toMatch(RAW_CONTROL);
      expect(out).toMatch(/⟨U\+001B⟩\\?\]0;pwned⟨U\+0007⟩/); // Markdown escapes the bracket
    }
    const json = await cli('analyze', file);
    expect(json.out).not.toMatch(RAW_CONTROL);
    const sentence = JSON.parse(json.out).practices.find((p: { type: string }) => p.type === 'location.precise').sentence;
    expect(sentence).toContain('\u001b]0;pwned\u0007'); // the JSON still means the page's exact text
  });

  it('stops a URL whose body never ends at 5 MB: one line on stderr, exit 2', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/policy`;
      const r = await cli('analyze', url);
      expect(r).toMatchObject({ code: 2, out: '', err: `policy-lens: cannot use ${url}: the body is larger than 5242880 bytes\n` });
      expect(sent).toBeLessThan(8 * 5242880);
      expect((await cli('detect', 'ftp://127.0.0.1/policy')).err).toMatch(/^policy-lens: cannot fetch .*only http and https[^\n]*\n$/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reads nesting and emphasis bombs to the end, flattened, with one notice line', async () => {
    const dir = scratch();
    const cases: Record<string, string> = {
      'divs.html': `<title>Privacy Policy</title>${'<div>'.repeat(20_000)}We collect your precise location.`,
      'quotes.md': `${'>'.repeat(2000)} We collect your precise location.\n`,
      'list.md': Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- We collect your precise location ${i}.`).join('\n'),
      'emphasis.md': `We collect your precise location.\n\n${'*a _'.repeat(12_500)}\n`,
    };
    for (const [name, body] of Object.entries(cases)) {
      writeFileSync(join(dir, name), body);
      const r = await cli('analyze', join(dir, name));
      expect(r.code, name).toBe(0);
      expect(r.err, name).toMatch(
        new RegExp(
          `^policy-lens: .*${name.replace('.', '\\.')}: (it nests \\d+ (elements|levels) deep|a paragraph holds over 256 emphasis marks)[^\\n]*\\n$`,
        ),
      );
      expect(JSON.parse(r.out).summary['location.precise'], name).toBe('collects');
    }
  });
});
