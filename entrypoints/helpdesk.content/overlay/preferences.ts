import { saveOverlayPreferences, type OverlayPreferences } from '../../../lib/messaging/overlay-preferences';
import type { OverlayStore } from '../../../lib/state/overlay-store';

export interface PreferenceKeeper {
  /** The remembered ones, from the background's greeting: shown, not written back. */
  restore(preferences: OverlayPreferences): void;
}

/**
 * The panel collapsed or open and its corner, remembered for every helpdesk tab:
 * what the operator changes is written (the storage API is touched only then);
 * the remembered values arrive with the background's greeting.
 */
export function keepOverlayPreferences(
  store: OverlayStore,
  report: (error: unknown) => void,
): PreferenceKeeper {
  /** What extension storage holds, as far as this tab knows. */
  let stored: Required<OverlayPreferences> = {
    collapsed: store.getState().collapsed,
    dock: store.getState().dock,
  };
  store.subscribe(({ collapsed, dock }) => {
    const changed: OverlayPreferences = {
      ...(collapsed !== stored.collapsed ? { collapsed } : {}),
      ...(dock !== stored.dock ? { dock } : {}),
    };
    if (Object.keys(changed).length === 0) return;
    stored = { collapsed, dock };
    saveOverlayPreferences(changed).catch(report);
  });
  return {
    restore(preferences) {
      stored = { ...stored, ...preferences };
      store.setState(preferences);
    },
  };
}
