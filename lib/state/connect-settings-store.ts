import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import { subscribeToBackground } from '../messaging/port-client';
import { createSettingsStore } from './settings-store';

/**
 * A settings store for an extension page, talking to the background: loads once,
 * then follows changes made in other windows (e.g. the language switched in options
 * while the popup is open).
 */
export function connectSettingsStore() {
  const store = createSettingsStore({
    get: () => request('getSettings', null),
    update: (patch) => request('updateSettings', patch),
  });
  void store.getState().load();
  const stop = subscribeToBackground(
    (message) => {
      if (message.type === 'settings') store.getState().receive(message.settings);
    },
    () => undefined,
  );
  return { store, stop, browserLanguage: browser.i18n.getUILanguage() };
}
