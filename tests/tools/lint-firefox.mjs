// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build. Errors fail;
// a warning fails unless it is one of the justified ones below (also listed in
// the README). Our own code is kept free of eval and innerHTML by ESLint.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const justified = {
  UNSAFE_VAR_ASSIGNMENT:
    "React DOM's own runtime assigns innerHTML for dangerouslySetInnerHTML, which Nezabudka never uses.",
  DANGEROUS_EVAL:
    "zod's probe for eval support (`new Function('')`); it is switched off by z.config({ jitless: true }) in lib/domain/zod.ts and never runs.",
};

const result = spawnSync(
  path.join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'],
  { cwd: root, encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`web-ext lint did not produce a report:\n${result.stdout}\n${result.stderr}`);
  process.exit(1);
}
const problems = [
  ...report.errors.map((item) => ({ ...item, kind: 'error' })),
  ...report.warnings
    .filter((item) => !(item.code in justified))
    .map((item) => ({ ...item, kind: 'warning' })),
];
const accepted = report.warnings.filter((item) => item.code in justified);
for (const item of accepted)
  console.log(`  justified warning ${item.code} in ${item.file}: ${justified[item.code]}`);
for (const item of problems)
  console.error(`✖ ${item.kind} ${item.code} in ${item.file ?? 'the package'}: ${item.message}`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${accepted.length} justified)`,
);
process.exit(problems.length === 0 ? 0 : 1);
