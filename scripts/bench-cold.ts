/**
 * One cold measurement for `npm run bench`, run in a fresh process (a child of the bench): nothing compiled,
 * nothing warmed up, as in the extension's first analysis of a page. Reads a PolicyText as JSON (written by the
 * bench) and prints one JSON line of milliseconds:
 * - `analyzer`: loading the analyzer module, then its first analysis of the text;
 * - `floor`: the same measured the same way for the bench's floor, a compiled RegExp scan of the trigger
 *   vocabulary, one pattern per family (loading the module that holds them, then their first scan).
 */
import { readFileSync } from 'node:fs';
import type { PolicyText } from '../src/core/text/policy-text';

const [kind, file] = process.argv.slice(2);
const policy = JSON.parse(readFileSync(file!, 'utf8')) as PolicyText;

if (kind === 'analyzer') {
  let t = performance.now();
  const { analyzePolicy } = await import('../src/core/nlp');
  const load = performance.now() - t;
  t = performance.now();
  analyzePolicy(policy);
  const first = performance.now() - t;
  t = performance.now();
  analyzePolicy(policy);
  const second = performance.now() - t;
  console.log(JSON.stringify({ load, first, second }));
} else if (kind === 'floor') {
  let t = performance.now();
  const { TRIGGER_RES } = await import('../src/core/nlp/mentions');
  const load = performance.now() - t;
  // As the bench's floor: each family's pattern over the text.
  const scan = () => TRIGGER_RES.forEach((re) => policy.text.match(new RegExp(re.source, 'gi')));
  t = performance.now();
  scan();
  const first = performance.now() - t;
  t = performance.now();
  scan();
  const second = performance.now() - t;
  console.log(JSON.stringify({ load, first, second }));
} else {
  throw new Error(`bench-cold: unknown kind ${kind} (analyzer or floor)`);
}
