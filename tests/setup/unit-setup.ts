import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // Not implemented by the fake browser; the background reports this version.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Nezabudka', version: '0.0.0-test' });
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  // Keyboard commands are not faked either; the background only registers a listener.
  const listeners = new Set<(command: string) => void>();
  (fakeBrowser as unknown as { commands: object }).commands = {
    onCommand: {
      addListener: (listener: (command: string) => void) => void listeners.add(listener),
      removeListener: (listener: (command: string) => void) => void listeners.delete(listener),
      hasListener: (listener: (command: string) => void) => listeners.has(listener),
    },
  };
});

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
