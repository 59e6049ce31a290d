// Prints the analyzer's clauses (src/core/nlp/language.ts) of corpus sentences, one JSON line each. Run twice by
// compromise-lite.test.ts: once as it is, once with `compromise/one` resolved to the extension's lighter build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clausesOf } from '../../../src/core/nlp/language';

const dir = process.argv[2]!;
const limit = Number(process.argv[3]);
let printed = 0;
for (const file of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, file), 'utf8').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
    if (sentence.length < 5 || sentence.length > 2000) continue;
    const clauses = clausesOf(sentence);
    if (clauses.length < 2 && !/n't|not|never|no\b/i.test(sentence)) continue;
    console.log(JSON.stringify(clauses.map((c) => [c.start, c.end])));
    if (++printed >= limit) process.exit(0);
  }
}
