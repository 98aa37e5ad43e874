import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

let dir: Promise<string> | undefined;

/**
 * Chooses a file in an `<input type="file">` of a page, as an operator would
 * with a file someone sent. The files stay until the test process ends: a
 * browser may read a chosen file only when the page asks for it (Firefox does).
 */
export async function chooseFile(
  page: Page,
  inputSelector: string,
  name: string,
  text: string,
): Promise<void> {
  dir ??= mkdtemp(path.join(os.tmpdir(), 'nz-chosen-file-')).then((created) => {
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    return created;
  });
  const file = path.join(await dir, name);
  await writeFile(file, text);
  const input = (await page.$(inputSelector)) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`no file input ${inputSelector}`);
  await input.uploadFile(file);
}
