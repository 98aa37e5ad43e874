import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Past the page's own start (the bench watches its first 3 s), and still long before most first palettes. */
export const SETTLED_AFTER_MS = 5000;

/**
 * Runs work that can wait (loading the interface ahead of its first use, the
 * chip's first round trip) once the page has had its start to itself and the
 * main thread is idle. A failure is left for the real need to retry.
 */
export function whenSettled(ctx: ContentScriptContext, work: () => Promise<unknown>): void {
  ctx.setTimeout(() => {
    // The timeout makes sure a page that is never idle still gets it.
    ctx.requestIdleCallback(() => void work().catch(() => undefined), { timeout: 5000 });
  }, SETTLED_AFTER_MS);
}
