// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keepPaletteFocus } from '../../../entrypoints/helpdesk-ui/keep-palette-focus';
import { mountReactUi } from '../../../entrypoints/helpdesk-ui/mount-react-ui';
import { OverlayRoot, type OverlayActions } from '../../../entrypoints/helpdesk-ui/overlay-root';
import { newRecord } from '../../../lib/domain/conversation-record';
import { deepActiveElement } from '../../../lib/insert/focus';
import { createOverlayStore } from '../../../lib/state/overlay-store';
import { makeTemplate } from '../../fixtures/template';

// The overlay as the content script mounts it on a helpdesk page, read the way a
// page script would read it: the queue, the palette and the focus summary name
// customers and show the operator's templates.

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;
const SITE = 'https://desk.example.com';

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.notifyInvalidated();
  ctx = undefined;
  document.body.innerHTML = '';
  vi.unstubAllEnvs();
});

const actions: OverlayActions = {
  jump: vi.fn(),
  dismiss: vi.fn(),
  reteach: vi.fn(),
  insertTemplate: vi.fn(async () => null),
  pickWording: async (template) => ({ wording: template.body, variant: 0 }),
  closePalette: vi.fn(),
  customerName: () => 'Anna Petrova',
  startFocus: vi.fn(),
  stopFocus: vi.fn(),
  dismissSummary: vi.fn(),
};

/** The overlay open on a page with a reply box: a waiting customer, a focus summary, the palette. */
async function mountOverlay() {
  document.body.innerHTML = '<div contenteditable="true" id="reply"></div>';
  const store = createOverlayStore(T0);
  store.setState({
    collapsed: false,
    records: {
      anna: { ...newRecord(SITE, 'anna', T0 - 10 * MIN), name: 'Anna Petrova', waitingSince: T0 - 7 * MIN },
    },
    focusSummary: [{ site: SITE, key: 'boris', name: 'Boris Ivanov', waitedSec: 600, stillWaiting: false }],
    palette: {
      templates: [makeTemplate('refund', { title: 'Refund on its way', body: 'Your refund is on its way.' })],
      query: '',
      anchor: null,
    },
  });
  ctx = new ContentScriptContext('helpdesk');
  const ui = mountReactUi(
    ctx,
    'nezabudka-overlay',
    <OverlayRoot store={store} browserLanguage="en" actions={actions} />,
  );
  await waitFor(() => expect(ui.shadow.querySelector('[data-testid="nz-palette-item"]')).not.toBeNull());
  return { ui, store, host: document.querySelector('nezabudka-overlay')! };
}

describe('the overlay in a store build (closed shadow root)', () => {
  it('gives a page script nothing to read, while the operator sees the queue, the summary and the palette', async () => {
    const { ui, host } = await mountOverlay();
    // What a page script gets.
    expect(host.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toMatch(/Anna Petrova|Boris Ivanov|Refund on its way/);
    expect(deepActiveElement(document)).toBe(host);
    // What the operator sees.
    expect(ui.shadow.querySelector('[data-testid="nz-queue"]')?.textContent).toContain('Anna Petrova');
    expect(ui.shadow.querySelector('[data-testid="nz-focus-summary"]')?.textContent).toContain(
      'Boris Ivanov',
    );
    expect(ui.shadow.querySelector('[data-testid="nz-palette-item"]')?.textContent).toContain(
      'Refund on its way',
    );
  });

  it('the palette takes the focus, and keeps it when the page moves it to the reply box', async () => {
    const { ui, store } = await mountOverlay();
    const search = ui.shadow.querySelector<HTMLElement>('[data-testid="nz-palette"] [role="combobox"]')!;
    await waitFor(() => expect(ui.shadow.activeElement).toBe(search));
    // Our own code still finds it, through the root the mount returned.
    expect(deepActiveElement(document, [ui.shadow])).toBe(search);
    const stop = keepPaletteFocus({
      doc: document,
      overlay: ui.shadow,
      isOpen: () => store.getState().palette !== null,
      searchField: () => search,
      onLeave: vi.fn(),
    });
    document.querySelector<HTMLElement>('#reply')!.focus(); // an editor restoring its selection
    expect(ui.shadow.activeElement).toBe(search);
    stop();
  });
});

describe('the overlay in a test build', () => {
  it('is open, so the e2e suites can drive it through host.shadowRoot', async () => {
    vi.stubEnv('NZ_SHADOW_MODE', 'open');
    const { ui, host } = await mountOverlay();
    expect(host.shadowRoot).toBe(ui.shadow);
  });
});
