import { join } from 'node:path';
import { loadDocument } from '../src/cli/load';
import { extractPolicyText } from '../src/dom/extract';
import { analyzePolicy } from '../src/core/nlp';
import { CORPUS_DIR } from './shared';
for (const f of process.argv.slice(2)) {
  const d = await loadDocument(join(CORPUS_DIR, f));
  const { policyText } = extractPolicyText(d.document.body);
  const t = performance.now();
  const a = analyzePolicy(policyText);
  console.log(f, (performance.now() - t).toFixed(0), 'ms', a.stats, a.summary);
  for (const p of a.practices) console.log(`  ${p.type} ${p.stance}${p.identifier ? ' id' : ''}${p.conditional ? ' cond' : ''} [${p.conditions.map(c=>c.kind)}] ${p.scope ?? ''} | ${p.section.slice(-40)} | ${p.sentence.slice(0, 130)}`);
}
