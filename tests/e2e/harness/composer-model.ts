import type { Page } from 'puppeteer-core';

interface NzDemoModel {
  nzDemo: { composerModel(): { kind: string; text: string } | null };
}

/** The open chat's editor text, read through the editor's own API (window.nzDemo); null while it loads. */
export async function composerModel(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as NzDemoModel).nzDemo.composerModel()?.text ?? null);
}

/**
 * Polls the editor's model until `accept` holds (editors apply some changes a
 * frame later) and returns the text then; on time-out, returns the last text
 * seen so that the assertion after it shows what the model held.
 */
export async function modelWhen(
  page: Page,
  accept: (text: string) => boolean,
  timeoutMs = 5000,
): Promise<string | null> {
  const until = Date.now() + timeoutMs;
  let text = await composerModel(page);
  while (!(text !== null && accept(text)) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    text = await composerModel(page);
  }
  return text;
}
