/**
 * Documents nobody here labelled or tuned against: the latest version of each document in the history archive
 * (../shared/history/pga-versions.bundle) of services that are in neither half of the dev data nor in the
 * corpus. Their kind comes from the archive's own document name, so they are a third check of the detector on
 * unseen pages. Read at run time into a temporary directory that is removed before returning.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentKind } from '../src/core/detect';
import { SHARED_DIR, readManifest } from './shared';
import { serviceOfSource } from './split';

const BUNDLE = join(SHARED_DIR, 'history', 'pga-versions.bundle');

/**
 * Open Terms Archive document names whose kind is plain; others are left out: "Content Monetisation Policy" (a
 * contract or a usage policy?) and "Developer Terms" (which archives pages titled "Developer Policies").
 */
const KIND_OF_NAME: Record<string, DocumentKind> = {
  'Privacy Policy': 'privacy-policy',
  'Trackers Policy': 'cookie-policy',
  'Terms of Service': 'terms',
  'Community Guidelines': 'not-policy',
  'Copyright Claims Policy': 'not-policy',
  'Advertising Content Policy': 'not-policy',
};

export interface FreshDocument {
  /** "Service/Document name.md" in the archive. */
  name: string;
  truth: DocumentKind;
}

/** Services the dev data or the corpus already hold (lower-cased). */
function knownServices(): Set<string> {
  const known = new Set(readManifest().map((r) => r.service.toLowerCase()));
  const evalDir = join(SHARED_DIR, 'eval');
  for (const f of readdirSync(evalDir).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
      if (line.trim()) known.add(serviceOfSource(JSON.parse(line).source).toLowerCase());
    }
  }
  return known;
}

/**
 * Calls `use` with each fresh document written to a file, then removes the files. Returns false (and calls
 * nothing) when the archive or git is missing.
 */
export async function withFreshDocuments(
  use: (doc: FreshDocument, path: string) => Promise<void>,
): Promise<boolean> {
  if (!existsSync(BUNDLE)) return false;
  const dir = mkdtempSync(join(tmpdir(), 'pl-fresh-'));
  try {
    const repo = join(dir, 'repo.git');
    try {
      execFileSync('git', ['clone', '--quiet', '--bare', BUNDLE, repo], { stdio: 'ignore' });
    } catch {
      return false;
    }
    const git = (...args: string[]) => execFileSync('git', ['--git-dir', repo, ...args], { maxBuffer: 64 << 20 });
    const known = knownServices();
    const files = git('ls-tree', '-r', '--name-only', 'HEAD').toString().split('\n').filter(Boolean);
    let n = 0;
    for (const name of files) {
      const [service, file] = name.split('/');
      if (!service || !file?.endsWith('.md') || known.has(service.toLowerCase())) continue;
      const truth = KIND_OF_NAME[file.replace(/\.md$/, '')];
      if (!truth) continue;
      const path = join(dir, `${n++}.md`);
      writeFileSync(path, git('show', `HEAD:${name}`));
      await use({ name, truth }, path);
    }
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
