import { browser } from 'wxt/browser';
import type { OverlayStore } from '../../../lib/state/overlay-store';

const COLLAPSED_KEY = 'overlayCollapsed';
const DOCK_KEY = 'overlayDock';

/**
 * The panel collapsed or open and its side, remembered for every helpdesk tab
 * (extension storage, not the page's): read into the store, written on change.
 */
export async function keepOverlayPreferences(store: OverlayStore): Promise<void> {
  const stored = await browser.storage.local.get([COLLAPSED_KEY, DOCK_KEY]).catch(() => ({}));
  const { [COLLAPSED_KEY]: collapsed, [DOCK_KEY]: dock } = stored as Record<string, unknown>;
  if (typeof collapsed === 'boolean') store.setState({ collapsed });
  if (dock === 'left' || dock === 'right') store.setState({ dock });
  store.subscribe((state, previous) => {
    if (state.collapsed !== previous.collapsed)
      void browser.storage.local.set({ [COLLAPSED_KEY]: state.collapsed });
    if (state.dock !== previous.dock) void browser.storage.local.set({ [DOCK_KEY]: state.dock });
  });
}
