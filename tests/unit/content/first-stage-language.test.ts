import { describe, expect, it, vi } from 'vitest';
import { applyPush } from '../../../entrypoints/helpdesk.content/overlay/background-pushes';
import { drawFirstStage } from '../../../entrypoints/helpdesk.content/overlay/first-stage-display';
import { createOverlayStore } from '../../../lib/state/overlay-store';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

describe("the first stage's language", () => {
  it("follows the browser's language from the background's greeting, not the page's", async () => {
    expect(navigator.language).toMatch(/^en/);
    const store = createOverlayStore(T0);
    const container = document.createElement('div');
    document.body.append(container);
    drawFirstStage({ store, container, onReteach: () => undefined, onPanelWanted: () => undefined });
    const restored: unknown[] = [];
    const targets = {
      store,
      site: 'http://desk.test',
      openPalette: () => undefined,
      activate: () => undefined,
      onClocks: () => undefined,
      restorePreferences: (preferences: unknown) => void restored.push(preferences),
    };
    applyPush({ type: 'greeting', browserLanguage: 'ru-RU', preferences: { dock: 'right' } }, targets);
    store.setState({ status: 'connected' });
    await vi.waitFor(() => expect(container.textContent).toContain('на посту'));
    expect(restored).toEqual([{ dock: 'right' }]);

    // The operator's own choice in the settings still wins.
    applyPush({ type: 'settings', settings: { language: 'en', operatorName: '' } as never }, targets);
    await vi.waitFor(() => expect(container.textContent).toContain('on watch'));
  });
});
