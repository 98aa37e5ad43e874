import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Every script a helpdesk page may be given, by name, with its gzip size in KB:
 * the content scripts, and the scripts the background injects into a helpdesk
 * tab on demand (stages named in `injected`).
 */
export function contentScriptSizes(buildDir: string, injected: readonly string[]): Record<string, number> {
  const dir = path.join(buildDir, 'content-scripts');
  const files = [
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => path.join(dir, file)),
    ...injected.map((file) => path.join(buildDir, file)),
  ];
  return Object.fromEntries(
    files.map((file) => [
      path.basename(file, '.js'),
      Number((gzipSync(readFileSync(file)).length / 1024).toFixed(1)),
    ]),
  );
}
