import type { Page } from 'puppeteer-core';
import { chooseFile } from './choose-file';

/** Chooses a profile file in the options page's "Import from file…" of the site profiles. */
export function chooseProfileFile(options: Page, name: string, text: string): Promise<void> {
  return chooseFile(options, '[data-testid="nz-profiles"] input[type="file"]', name, text);
}
