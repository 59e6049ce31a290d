/**
 * Mozilla's addons-linter over dist/: the Firefox build must have 0 errors. Prints the counts and the
 * messages; exits 1 on any error. (Warnings are printed, not fatal: the service-worker key is Chrome's.)
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bin = require.resolve('addons-linter/bin/addons-linter');
let out: string;
try {
  out = execFileSync(process.execPath, [bin, '--output', 'json', 'dist'], { encoding: 'utf8' });
} catch (e) {
  out = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out) as {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter on dist/: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ''}`);
for (const e of report.errors) console.log(`  ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ''}`);
process.exitCode = errors === 0 ? 0 : 1;
