import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

let dir: Promise<string> | undefined;

/**
 * Chooses a profile file in the options page's "Import from file…" input, as an
 * operator would with a file a team lead sent. The files stay until the test
 * process ends: a browser may read a chosen file only when the page asks for it.
 */
export async function chooseProfileFile(options: Page, name: string, text: string): Promise<void> {
  dir ??= mkdtemp(path.join(os.tmpdir(), 'nz-profile-file-')).then((created) => {
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    return created;
  });
  const file = path.join(await dir, name);
  await writeFile(file, text);
  const input = (await options.$(
    '[data-testid="nz-profiles"] input[type="file"]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}
