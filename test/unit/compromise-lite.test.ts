import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/docs', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./support/clauses-of-corpus.ts', import.meta.url));
const HOOK = fileURLToPath(new URL('./support/lite-hook.mjs', import.meta.url));
/** Sentences the parse splits or negates: the ones where a missing plugin would show. */
const SENTENCES = 3000;

function clauses(lite: boolean): string[] {
  const args = ['--import', 'tsx', ...(lite ? ['--import', HOOK] : []), SCRIPT, CORPUS, String(SENTENCES)];
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n');
}

// The extension bundles compromise without the plugins the analyzer never reaches (vite.config.ts aliases
// `compromise/one` to src/vendor/compromise-lite.js). Each build is loaded in a process of its own: the two share
// compromise's module-level `nlp`, so one process would test one build twice.
describe.skipIf(!existsSync(CORPUS))('the lighter compromise build in the extension', () => {
  it('splits and places the clauses of corpus sentences exactly as compromise/one does', () => {
    const full = clauses(false);
    const lite = clauses(true);
    expect(full.length).toBe(SENTENCES);
    expect(lite).toEqual(full);
  }, 120_000);

  it('is a lighter build: the hook really swaps it in', () => {
    const probe = `import nlp from 'compromise/one'; console.log(Object.keys(nlp._world.compute).includes('typeahead'))`;
    const run = (hook: string[]) =>
      execFileSync(process.execPath, [...hook, '--input-type=module', '-e', probe], { encoding: 'utf8' }).trim();
    expect(run([])).toBe('true');
    expect(run(['--import', HOOK])).toBe('false');
  });
});
