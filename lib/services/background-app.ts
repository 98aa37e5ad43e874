import { browser } from 'wxt/browser';
import { createDatabase } from '../db/database';
import { createSettingsRepository } from '../db/settings-repository';
import { createPortHub } from '../messaging/port-hub';
import { listenForRequests } from '../messaging/router';
import { createSettingsService } from './settings-service';

/**
 * Wires the background: database, services and message handlers. Every listener
 * is registered synchronously, so a service worker woken by a message finds it.
 */
export function startBackground(databaseName?: string) {
  const db = createDatabase(databaseName);
  const settings = createSettingsService(createSettingsRepository(db), (next) =>
    hub.broadcast({ type: 'settings', settings: next }),
  );
  const hub = createPortHub((send) =>
    settings.get().then(
      (current) => send({ type: 'settings', settings: current }),
      (error: unknown) => console.error('Nezabudka: settings unavailable', error),
    ),
  );
  const stopListening = listenForRequests({
    ping: ({ sentAt }) => ({ sentAt, version: browser.runtime.getManifest().version }),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
  });
  return {
    db,
    stop() {
      stopListening();
      db.close();
    },
  };
}
