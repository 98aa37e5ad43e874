import type { Page } from 'puppeteer-core';

interface Offered {
  name: string;
  href: string;
}

/**
 * Catches the files a page offers for download through `<a download>.click()`
 * (as the options page does), instead of letting a headless browser save them
 * somewhere: the test then reads the very blob the page offered.
 */
export async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { nzOffered: Offered[] };
    scope.nzOffered = [];
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      if (this.download) scope.nzOffered.push({ name: this.download, href: this.href });
    };
  });
}

/** Waits for the next offered file and returns its name and text (UTF-8, a BOM kept). */
export async function nextDownload(page: Page): Promise<{ name: string; text: string }> {
  await page.waitForFunction(() => (window as unknown as { nzOffered: Offered[] }).nzOffered.length > 0, {
    timeout: 10_000,
  });
  return page.evaluate(async () => {
    const offered = (window as unknown as { nzOffered: Offered[] }).nzOffered.shift()!;
    const bytes = await (await fetch(offered.href)).arrayBuffer();
    // ignoreBOM keeps a byte-order mark in the text, so a test can see it is there.
    return { name: offered.name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  });
}
