import type { OverlayPreferences } from '../../../lib/messaging/overlay-preferences';
import type { PushMessage } from '../../../lib/messaging/protocol';
import type { OverlayStore } from '../../../lib/state/overlay-store';
import { playChime } from '../chime';

export interface PushTargets {
  store: OverlayStore;
  site: string;
  openPalette(): void;
  activate(key: string): void;
  /** The clocks changed: badges are placed again. */
  onClocks(): void;
  /** The panel's remembered place (preferences.ts). */
  restorePreferences(preferences: OverlayPreferences): void;
}

/** What the background pushes to this tab, applied to the overlay. */
export function applyPush(message: PushMessage, targets: PushTargets): void {
  const { store } = targets;
  switch (message.type) {
    case 'greeting':
      store.setState({ browserLanguage: message.browserLanguage });
      targets.restorePreferences(message.preferences);
      break;
    case 'settings':
      store.setState({
        language: message.settings.language,
        operatorName: message.settings.operatorName,
      });
      break;
    case 'openPalette':
      targets.openPalette();
      break;
    case 'clocks':
      if (message.clocks.site !== targets.site) break;
      store.getState().receiveClocks(message.clocks, message.replace);
      targets.onClocks();
      break;
    case 'focus':
      store.setState({ focus: message.focus, focusSummary: message.summary });
      break;
    case 'activate':
      targets.activate(message.key);
      break;
    case 'sound':
      playChime();
      break;
    case 'togglePanel':
      store.getState().toggleCollapsed();
      break;
  }
}
