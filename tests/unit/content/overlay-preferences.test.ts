import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepOverlayPreferences } from '../../../entrypoints/helpdesk.content/overlay/preferences';
import { readOverlayPreferences } from '../../../lib/messaging/overlay-preferences';
import { createOverlayStore } from '../../../lib/state/overlay-store';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const noError = (error: unknown) => {
  throw error;
};

describe("the panel's remembered place", () => {
  it('shows what the greeting brings without writing it back, and writes what the operator changes', async () => {
    await fakeBrowser.storage.local.set({ overlayCollapsed: false, overlayDock: 'right' });
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const store = createOverlayStore(T0);
    const keeper = keepOverlayPreferences(store, noError);

    keeper.restore(await readOverlayPreferences());
    expect(store.getState()).toMatchObject({ collapsed: false, dock: 'right' });
    // Other changes of the store are not the operator's choice of place.
    store.setState({ now: T0 + 1000, browserLanguage: 'ru-RU' });
    expect(writes).not.toHaveBeenCalled();

    store.getState().toggleDock();
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    expect(writes).toHaveBeenLastCalledWith({ overlayDock: 'left' });
    store.getState().toggleCollapsed();
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(2));
    expect(await readOverlayPreferences()).toEqual({ collapsed: true, dock: 'left' });
  });

  it('keeps the defaults where storage holds nothing usable, and does not write them', async () => {
    await fakeBrowser.storage.local.set({ overlayCollapsed: 'no', overlayDock: 'middle' });
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const store = createOverlayStore(T0);
    keepOverlayPreferences(store, noError).restore(await readOverlayPreferences());
    expect(store.getState()).toMatchObject({ collapsed: true, dock: 'left' });
    expect(writes).not.toHaveBeenCalled();
  });

  it('reports a change that cannot be written, and keeps it on screen', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const errors: unknown[] = [];
    const store = createOverlayStore(T0);
    keepOverlayPreferences(store, (error) => errors.push(error));
    store.getState().toggleDock();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(String(errors[0])).toContain('quota');
    expect(store.getState().dock).toBe('right');
  });
});

describe('a greeting after the first', () => {
  it("leaves the panel where it is: another tab's choice meanwhile does not move it", () => {
    const store = createOverlayStore(T0);
    const keeper = keepOverlayPreferences(store, noError);
    keeper.restore({ dock: 'right', collapsed: false });
    // The background restarted and greets again; another tab moved its panel meanwhile.
    keeper.restore({ dock: 'left', collapsed: true });
    expect(store.getState()).toMatchObject({ dock: 'right', collapsed: false });
  });

  it('nor does a late first one, once the operator has moved the panel', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const store = createOverlayStore(T0);
    const keeper = keepOverlayPreferences(store, noError);
    store.getState().toggleDock();
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    keeper.restore({ dock: 'left' });
    expect(store.getState().dock).toBe('right');
  });
});
