import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

let dir: Promise<string> | undefined;

/**
 * Chooses files in an `<input type="file">` of a page, as an operator would with
 * files someone sent (or a team lead with the operators' exports). The files stay
 * until the test process ends: a browser may read a chosen file only when the
 * page asks for it (Firefox does).
 */
export async function chooseFiles(
  page: Page,
  inputSelector: string,
  files: readonly { name: string; text: string }[],
): Promise<void> {
  dir ??= mkdtemp(path.join(os.tmpdir(), 'nz-chosen-file-')).then((created) => {
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    return created;
  });
  // One folder per choice: the same name may be chosen twice with other contents.
  const folder = await mkdtemp(path.join(await dir, 'pick-'));
  const paths: string[] = [];
  for (const file of files) {
    const full = path.join(folder, file.name);
    await writeFile(full, file.text);
    paths.push(full);
  }
  const input = (await page.$(inputSelector)) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`no file input ${inputSelector}`);
  await input.uploadFile(...paths);
}

export function chooseFile(page: Page, inputSelector: string, name: string, text: string): Promise<void> {
  return chooseFiles(page, inputSelector, [{ name, text }]);
}
