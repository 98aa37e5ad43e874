import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A copy of a build whose content scripts do nothing, with the same matches: what
 * any content script costs a page load (its isolated world, the browser's own
 * injection), the floor no work of ours can go below.
 */
export function emptyContentScriptBuild(buildDir: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'nz-bench-floor-'));
  cpSync(buildDir, dir, { recursive: true });
  const scripts = path.join(dir, 'content-scripts');
  for (const file of readdirSync(scripts).filter((name) => name.endsWith('.js')))
    writeFileSync(path.join(scripts, file), '(function () {})();\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
