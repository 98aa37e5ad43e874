import { saveOverlayPreferences, type OverlayPreferences } from '../../../lib/messaging/overlay-preferences';
import type { OverlayStore } from '../../../lib/state/overlay-store';

export interface PreferenceKeeper {
  /**
   * The remembered ones, from the background's greeting: shown, not written back. Only the
   * first greeting's, and only if the operator has not moved the panel yet: a background that
   * restarts greets again, and another tab's choice meanwhile must not move this tab's panel.
   */
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
  let restored = false;
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
    restored = true;
    stored = { collapsed, dock };
    saveOverlayPreferences(changed).catch(report);
  });
  return {
    restore(preferences) {
      if (restored) return;
      restored = true;
      stored = { ...stored, ...preferences };
      store.setState(preferences);
    },
  };
}
