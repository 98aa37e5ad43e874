// `npm test`: every check the project has, in order, with one summary at the end.
// typecheck → lint and format → unit and component tests → builds → real-browser
// end-to-end tests in Chromium and Firefox ESR. A failing step does not hide the
// others; the exit code is non-zero if anything failed. The summary is also
// written to test-results/summary.json for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './tools/ensure-browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const e2eOnly = process.argv.includes('--e2e-only');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const suites = [];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function heading(text) {
  console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);
}

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A step that is one check: passes or fails as a whole. */
function check(name, command, args, env = {}) {
  heading(name);
  const { ok, seconds } = run(command, args, env);
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

/** A vitest run: counts its tests from the JSON report. */
function vitest(name, args, env) {
  heading(name);
  const report = path.join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    env,
  );
  let passed;
  let failed;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests;
    // A file that failed to load has no tests but must still count as a failure.
    failed += json.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
  } catch {
    passed = 0;
    failed = 1;
  }
  if (!ok && failed === 0) failed = 1;
  if (passed + failed === 0) failed = 1; // a suite that ran nothing is a failure, not a pass
  suites.push({ name, passed, failed, seconds });
}

function notRun(name, reason) {
  console.log(`\n\x1b[31m✖ ${name} not run: ${reason}\x1b[0m`);
  suites.push({ name, passed: 0, failed: 1, seconds: 0, note: reason });
}

const started = Date.now();
if (!e2eOnly) {
  check('typecheck', bin('tsc'), ['--noEmit']);
  check('lint', bin('eslint'), ['--max-warnings=0', '.']);
  check('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
  vitest('unit and component tests', []);
}

// Test builds reach the demo desk the e2e suites run on (a store package does not).
const demoHosts = { NZ_DEMO_HOSTS: '1' };
const built = [
  check('build chrome', bin('wxt'), ['build'], demoHosts),
  check('build firefox', bin('wxt'), ['build', '-b', 'firefox'], demoHosts),
  check('build demo desk', bin('vite'), ['build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn']),
].every(Boolean);
if (built) check('firefox add-on lint', process.execPath, ['tests/tools/lint-firefox.mjs']);

heading('browsers');
const browserProblem = ensureBrowsers();
for (const browser of ['chromium', 'firefox']) {
  const name = `e2e ${browser}`;
  if (!built) notRun(name, 'a build failed');
  else if (browserProblem) notRun(name, browserProblem);
  else vitest(name, ['--config', 'vitest.e2e.config.ts', '--project', browser]);
}

const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
const seconds = (Date.now() - started) / 1000;
writeFileSync(
  path.join(resultsDir, 'summary.json'),
  JSON.stringify({ passed, failed, seconds, suites }, null, 2),
);

console.log('\n\x1b[1mSummary\x1b[0m');
for (const suite of suites) {
  const mark = suite.failed === 0 ? '\x1b[32m✔\x1b[0m' : '\x1b[31m✖\x1b[0m';
  console.log(
    `${mark} ${suite.name.padEnd(28)} ${String(suite.passed).padStart(4)} passed ${String(suite.failed).padStart(3)} failed  ${suite.seconds.toFixed(1)} s`,
  );
}
if (browserProblem) console.log(`\n${browserProblem}`);
console.log(`\n${passed} passed, ${failed} failed (${seconds.toFixed(0)} s)`);
process.exit(failed === 0 ? 0 : 1);
