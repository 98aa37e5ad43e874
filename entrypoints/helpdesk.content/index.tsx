import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { detectProfile } from '../../lib/adapters/find-profile';
import { builtInProfiles } from '../../lib/adapters/profiles';
import { request } from '../../lib/messaging/client';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { createOverlayStore } from '../../lib/state/overlay-store';
import { OverlayRoot } from './overlay-root';
import '../../components/overlay/overlay.css';

export default defineContentScript({
  // The bundled demo desk; other helpdesks are enabled per site at runtime.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const profile = await detectProfile(builtInProfiles, location.href, document, 10_000);
    if (!profile || ctx.isInvalid) return;

    const store = createOverlayStore();
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'nezabudka-overlay',
      position: 'inline',
      anchor: 'body',
      onMount(container) {
        // The container is a block inside the shadow root; `contents` keeps it
        // from adding even an empty line box to the page's layout.
        container.style.display = 'contents';
        const root = createRoot(container);
        root.render(<OverlayRoot store={store} browserLanguage={browser.i18n.getUILanguage()} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();

    const measureRoundTrip = async () => {
      const sentAt = performance.now();
      try {
        const reply = await request('ping', { sentAt });
        store.setState({ roundTripMs: Math.max(0, Math.round(performance.now() - reply.sentAt)) });
      } catch {
        store.setState({ roundTripMs: null, status: 'offline' });
      }
    };

    const stop = subscribeToBackground(
      (message) => {
        if (message.type === 'settings') store.setState({ language: message.settings.language });
      },
      (status) => {
        const wasConnected = store.getState().status === 'connected';
        store.setState({ status });
        if (status === 'connected' && !wasConnected) void measureRoundTrip();
      },
      {
        setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
    );
    ctx.onInvalidated(stop);
  },
});
