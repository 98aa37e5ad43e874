import { browser } from 'wxt/browser';

/** The panel collapsed or open and its corner, remembered for every helpdesk tab. */
export interface OverlayPreferences {
  collapsed?: boolean;
  dock?: 'left' | 'right';
}

const COLLAPSED_KEY = 'overlayCollapsed';
const DOCK_KEY = 'overlayDock';

/** Only what is well formed: extension storage outlives versions of this code. */
function validPreferences(value: unknown): OverlayPreferences {
  const found = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { [COLLAPSED_KEY]: collapsed, [DOCK_KEY]: dock } = found;
  return {
    ...(typeof collapsed === 'boolean' ? { collapsed } : {}),
    ...(dock === 'left' || dock === 'right' ? { dock } : {}),
  };
}

/**
 * Read by the background, which hands them to each helpdesk tab in its greeting:
 * a page that read them itself paid for the storage API's first use on every load.
 */
export async function readOverlayPreferences(): Promise<OverlayPreferences> {
  return validPreferences(await browser.storage.local.get([COLLAPSED_KEY, DOCK_KEY]).catch(() => ({})));
}

/** Written by the page when the operator changes one (extension storage, not the page's). */
export async function saveOverlayPreferences(changed: OverlayPreferences): Promise<void> {
  await browser.storage.local.set({
    ...(changed.collapsed !== undefined ? { [COLLAPSED_KEY]: changed.collapsed } : {}),
    ...(changed.dock !== undefined ? { [DOCK_KEY]: changed.dock } : {}),
  });
}
