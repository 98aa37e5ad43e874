import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Chooses a profile file in the options page's "Import from file…" input, as an
 * operator would with a file a team lead sent. The file lives only for the upload.
 */
export async function chooseProfileFile(options: Page, name: string, text: string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nz-profile-file-'));
  try {
    const file = path.join(dir, name);
    await writeFile(file, text);
    const input = (await options.$(
      '[data-testid="nz-profiles"] input[type="file"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
