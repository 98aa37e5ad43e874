import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // Not implemented by the fake browser; the background reports this version.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Nezabudka', version: '0.0.0-test' });
});

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
