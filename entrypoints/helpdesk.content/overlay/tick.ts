import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayStore } from '../../../lib/state/overlay-store';

/**
 * The display clock ticks here, once a second, from stored instants; nothing is
 * sent per second. It stands still while nothing counts or the tab is hidden.
 */
export function startDisplayTick(ctx: ContentScriptContext, store: OverlayStore): void {
  ctx.setInterval(() => {
    const { records } = store.getState();
    const counting = Object.values(records).some(
      (r) => r.waitingSince !== null || r.awaitingCustomerSince !== null,
    );
    if (counting && !document.hidden) store.setState({ now: Date.now() });
  }, 1000);
}
