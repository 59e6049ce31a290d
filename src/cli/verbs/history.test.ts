import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import type { CliIO } from '../io';
import { scratchDir } from '../../../test/support/temp-dir';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '' };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A git repository laid out as an Open Terms Archive collection, one commit per version, fixed author dates. */
function initRepo(dir: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bot@example.org');
  git('config', 'user.name', 'Archive bot');
  git('config', 'commit.gpgsign', 'false');
}

/** Commits what is in the work tree, recorded (authored) on `date`. */
function commit(dir: string, date: string, message: string) {
  execFileSync('git', ['-C', dir, 'add', '-A'], { stdio: 'pipe' });
  const when = `${date}T12:00:00+00:00`;
  execFileSync('git', ['-C', dir, 'commit', '-q', '-m', message], { env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }, stdio: 'pipe' });
}

function archive(dir: string, versions: { date: string; message: string; files: Record<string, string> }[]) {
  initRepo(dir);
  for (const v of versions) {
    for (const [path, text] of Object.entries(v.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    commit(dir, v.date, v.message);
  }
  return execFileSync('git', ['-C', dir, 'log', '--reverse', '--format=%H']).toString().trim().split('\n');
}

const policy = (...sections: [string, string][]) => `Privacy Policy\n\nLast updated: today\n\n${sections.map(([h, body]) => `## ${h}\n\n${body}\n`).join('\n')}`;
const COLLECT = 'We collect your approximate location from your IP address. We do not collect your precise location.';
const RIGHTS = 'You can ask us to delete your information.';
const FACEPRINTS = 'We may collect biometric identifiers such as faceprints and voiceprints from your User Content.';

describe('policy-lens history over a git archive of authored versions', () => {
  let dir = '';
  let commits: string[] = [];
  beforeAll(() => {
    dir = scratchDir('pl-history-');
    commits = archive(dir, [
      {
        date: '2024-01-10',
        message: 'First record of Acme Privacy Policy',
        files: { 'README.md': '# An archive\n', 'Acme/Privacy Policy.md': policy(['Information we collect', COLLECT], ['Your rights', RIGHTS]) },
      },
      {
        date: '2024-03-05',
        message: 'Record new changes of Acme Privacy Policy',
        // Rewording that keeps every stance and every section: no event.
        files: { 'Acme/Privacy Policy.md': policy(['Information we collect', 'We collect your approximate location, based on your IP address. We never collect your precise location.'], ['Your rights', RIGHTS]) },
      },
      {
        date: '2024-06-01',
        message: 'Record new changes of Acme Privacy Policy',
        files: {
          'Acme/Privacy Policy.md': policy(
            ['Information we collect', COLLECT],
            ['Image and audio information', FACEPRINTS],
            ['Your rights', RIGHTS],
          ),
          'Acme/Terms of Service.md': 'Terms\n\nBe nice.\n',
        },
      },
      {
        date: '2024-09-01',
        message: 'Apply technical or declaration upgrade on Acme Privacy Policy',
        files: {
          'Acme/Privacy Policy.md': policy(
            ['Information we collect', 'We collect your approximate location from your IP address. If you turn on location services, we may collect your precise location.'],
            ['Image and audio information', FACEPRINTS],
            ['Your rights', RIGHTS],
          ),
        },
      },
    ]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the documented JSON shape, with the events and nothing for rewording', async () => {
    const { code, stdout } = await run(['history', dir]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['documents', 'stats']);
    expect(Object.keys(out.stats).sort()).toEqual(['blobs', 'cpuMs', 'ms', 'versions', 'words']);
    expect(out.stats.versions).toBe(5);
    expect(out.stats.blobs).toBe(5);
    expect(out.stats.words).toBeGreaterThan(50);
    expect(out.stats.ms).toBeGreaterThan(0);
    expect(out.documents.map((d: { service: string; document: string }) => `${d.service}/${d.document}`)).toEqual(['Acme/Privacy Policy', 'Acme/Terms of Service']);
    const [privacy, terms] = out.documents;
    expect(Object.keys(privacy).sort()).toEqual(['document', 'events', 'service', 'versions']);
    expect(privacy.versions).toBe(4);
    expect(terms).toEqual({ service: 'Acme', document: 'Terms of Service', versions: 1, events: [] });
    expect(privacy.events).toEqual([
      {
        commit: commits[2],
        date: '2024-06-01',
        changes: [
          // Identifier rows first; "may" without a condition is the analyzer's "collects".
          { type: 'face', identifier: true, from: 'silent', to: 'collects', after: FACEPRINTS },
          { type: 'voice', identifier: true, from: 'silent', to: 'collects', after: FACEPRINTS },
          { type: 'face', from: 'silent', to: 'collects', after: FACEPRINTS },
          { type: 'voice', from: 'silent', to: 'collects', after: FACEPRINTS },
        ],
        sections: { added: ['Image and audio information'], removed: [] },
      },
      {
        commit: commits[3],
        date: '2024-09-01',
        changes: [
          {
            type: 'location.precise',
            from: 'denies',
            to: 'may-collect',
            before: 'We do not collect your precise location.',
            after: 'If you turn on location services, we may collect your precise location.',
          },
        ],
        sections: { added: [], removed: [] },
        technical: true,
      },
    ]);
    for (const c of privacy.events.flatMap((e: { changes: object[] }) => e.changes)) {
      expect(Object.keys(c).every((k) => ['type', 'identifier', 'from', 'to', 'before', 'after'].includes(k))).toBe(true);
    }
  });

  it('filters by service, document and date', async () => {
    const none = JSON.parse((await run(['history', dir, '--service', 'Other'])).stdout);
    expect(none.documents).toEqual([]);
    const terms = JSON.parse((await run(['history', dir, '--document', 'terms of service'])).stdout);
    expect(terms.documents.map((d: { document: string }) => d.document)).toEqual(['Terms of Service']);
    const since = JSON.parse((await run(['history', dir, '--service', 'acme', '--document', 'Privacy Policy', '--since', '2024-07-01'])).stdout);
    // The last version before the date is the baseline of the first event after it.
    expect(since.documents[0].versions).toBe(2);
    expect(since.documents[0].events.map((e: { date: string }) => e.date)).toEqual(['2024-09-01']);
  });

  it('writes a timeline in Markdown and a report for the terminal', async () => {
    const md = (await run(['history', dir, '--document', 'Privacy Policy', '--format', 'md'])).stdout;
    expect(md).toMatch(/^# Policy history/);
    expect(md).toContain('## Acme — Privacy Policy');
    expect(md.indexOf('### 2024-09-01')).toBeLessThan(md.indexOf('### 2024-06-01'));
    expect(md).toContain('**now allows precise location \\(if you turn on location services; it said it did not before\\)**');
    expect(md).toContain('- sections added: “Image and audio information”');
    const text = (await run(['history', dir, '--document', 'Privacy Policy', '--format', 'text'])).stdout;
    expect(text).toContain('Acme — Privacy Policy: 4 versions, 2 events');
    expect(text).toContain('• now allows faceprints\n        after:  “We may collect biometric identifiers');
    expect(text).toContain(`2024-09-01 ${commits[3]!.slice(0, 10)} (technical: a change of extraction)`);
  });

  it('refuses bad arguments and unreadable paths with exit code 2', async () => {
    expect((await run(['history'])).code).toBe(2);
    expect((await run(['history', dir, '--since', 'June'])).code).toBe(2);
    expect((await run(['history', dir, '--format', 'xml'])).code).toBe(2);
    const missing = await run(['history', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope/);
  });
});

const CORPUS = join(import.meta.dirname, '../../../../shared/corpus/docs');

describe('policy-lens history over real TikTok versions', () => {
  const present = existsSync(join(CORPUS, 'tiktok__us__2025-09.md'));
  if (!present) console.warn(`history: ${CORPUS} not found; the TikTok history test is skipped`);
  it.skipIf(!present)('sees US precise location go from "denies" to "may-collect" between 2025-09 and 2026-07, and no identifier event', async () => {
    const dir = scratchDir('pl-history-tiktok-');
    try {
      initRepo(dir);
      mkdirSync(join(dir, 'TikTok'));
      cpSync(join(CORPUS, 'tiktok__us__2025-09.md'), join(dir, 'TikTok/Privacy Policy.md'));
      commit(dir, '2025-09-15', 'First record of TikTok Privacy Policy');
      cpSync(join(CORPUS, 'tiktok__us__2026-07.md'), join(dir, 'TikTok/Privacy Policy.md'));
      commit(dir, '2026-07-20', 'Record new changes of TikTok Privacy Policy');
      const { code, stdout } = await run(['history', dir]);
      expect(code).toBe(0);
      const [doc] = JSON.parse(stdout).documents;
      expect(doc).toMatchObject({ service: 'TikTok', document: 'Privacy Policy', versions: 2 });
      expect(doc.events).toHaveLength(1);
      const [event] = doc.events;
      expect(event.date).toBe('2026-07-20');
      expect(event.changes).toContainEqual(expect.objectContaining({ type: 'location.precise', from: 'denies', to: 'may-collect' }));
      expect(event.changes.filter((c: { identifier?: true }) => c.identifier)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
