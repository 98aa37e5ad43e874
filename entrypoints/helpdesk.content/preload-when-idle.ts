import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Past the page's own start (the bench watches its first 3 s), and still long before most first palettes. */
export const PRELOAD_DELAY_MS = 5000;

/**
 * Loads a stage ahead of its first use, once the page has had its start to itself
 * and the main thread is idle: the first palette then does not wait for the
 * interface to be injected and compiled. A failure is left for the real need to retry.
 */
export function preloadWhenIdle(ctx: ContentScriptContext, load: () => Promise<unknown>): void {
  ctx.setTimeout(() => {
    // The timeout makes sure a page that is never idle still gets it.
    ctx.requestIdleCallback(() => void load().catch(() => undefined), { timeout: 5000 });
  }, PRELOAD_DELAY_MS);
}
