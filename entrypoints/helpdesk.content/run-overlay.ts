import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import type { Observation } from '../../lib/domain/observation';
import { request } from '../../lib/messaging/client';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { createOverlayStore } from '../../lib/state/overlay-store';
import type { OverlayUi } from '../helpdesk-ui/stage';
import type { LoaderParts } from '../helpdesk-sensor/stage';
import { loadUiStage } from './load-ui-stage';
import { mountOverlayHost } from './mount-overlay-host';
import { createRowActivator } from './overlay/activate-row';
import { applyPush } from './overlay/background-pushes';
import { drawFirstStage } from './overlay/first-stage-display';
import { trackOpenConversation } from './overlay/open-conversation';
import { readPage } from './overlay/page-reading';
import { keepOverlayPreferences } from './overlay/preferences';
import { startDisplayTick } from './overlay/tick';
import { whenSettled } from './when-settled';

/** How long the chip may wait for the first clocks before it shows what it has. */
const SHOW_AT_LATEST_MS = 1000;

/**
 * The overlay on a recognised helpdesk, first stage: sensor, badges and the
 * chip. The queue panel, the palette and shortcut expansion are the second
 * stage's, loaded the first time the operator asks for one of them.
 */
export async function runOverlay(
  ctx: ContentScriptContext,
  profile: SiteProfile,
  onReteach: () => void,
  loader: LoaderParts,
): Promise<void> {
  const site = location.origin;
  const store = createOverlayStore(Date.now());
  store.setState({ profile: { id: profile.id, name: profile.name } });
  const report = (error: unknown) => console.warn('Nezabudka:', error);
  const preferences = keepOverlayPreferences(store, report);
  // The chip and the first badges reach the page in one frame, once the first clocks are placed:
  // each state before them (connecting, connected, the profile, the round trip) was a frame of its
  // own for the loading page to lay out and paint. Shown anyway if the background is slow to answer.
  const host = mountOverlayHost(ctx, 'nezabudka-overlay', { later: true });
  ctx.setTimeout(host.show, SHOW_AT_LATEST_MS);
  const opened = trackOpenConversation();
  const activate = createRowActivator(ctx, store, profile);

  // The second stage: loaded once, on the first need; it replaces the chip with the panel's own.
  let ui: Promise<OverlayUi> | null = null;
  const needUi = (): Promise<OverlayUi> => {
    host.show();
    return (ui ??= loadUiStage().then(
      (stage) => {
        const mounted = stage.mountOverlayUi({
          ctx,
          store,
          withPanel: true,
          shadow: host.shadow,
          container: host.container,
          activate,
          reteach: onReteach,
          openNow,
        });
        display.handOverChip();
        return mounted;
      },
      (error: unknown) => {
        ui = null;
        throw error;
      },
    ));
  };
  const display = drawFirstStage({
    store,
    container: host.container,
    onReteach,
    onPanelWanted: () => void needUi().catch(report),
  });

  const keys = loader.listenForTemplateKeys({ ui: needUi, report });
  /** The address the last observation was made at. */
  let observedAt = '';
  /** The last observation handed to the background, until its request fails. */
  let delivered: Observation | null = null;
  /** A connection was made before: a new one may be to a restarted background. */
  let connectedBefore = false;
  const send = (observation: Observation) => {
    observedAt = location.href;
    opened.observe(observation);
    delivered = observation;
    request('observe', observation).catch((error: unknown) => {
      if (delivered === observation) delivered = null;
      report(error);
    });
  };
  /**
   * The open conversation for a template's name. The address changed since the page was last
   * read (a ticket opened a moment ago): read it now, or the name would be the last view's.
   */
  const openNow = () => {
    if (location.href !== observedAt) {
      page.sensor.scanNow(); // a changed page is sent as any observation is
      observedAt = location.href;
    }
    return opened.openNow();
  };
  const page = readPage({
    ctx,
    store,
    profile,
    site,
    ignore: (node) => host.shadowHost.contains(node),
    lastObservation: opened.last,
    onObservation: send,
    onSend: (key) => void request('replySent', { site, key }).catch(report),
  });

  const measureRoundTrip = async () => {
    const sentAt = performance.now();
    try {
      const reply = await request('ping', { sentAt });
      store.setState({ roundTripMs: Math.max(0, Math.round(performance.now() - reply.sentAt)) });
    } catch {
      store.setState({ roundTripMs: null, status: 'offline' });
    }
  };
  const stopPushes = subscribeToBackground(
    (message) =>
      applyPush(message, {
        store,
        site,
        activate,
        openPalette: keys.openPalette,
        restorePreferences: preferences.restore,
        onClocks: () => {
          page.placeBadges();
          // After the badges' own measuring in the same frame (callbacks run in order).
          if (!host.shadowHost.isConnected) requestAnimationFrame(host.show);
        },
      }),
    (status) => {
      const wasConnected = store.getState().status === 'connected';
      store.setState({ status });
      // A restarted background knows nothing of this tab yet: tell it what the page shows. On the
      // first connection the first scan's observation is on its way already (sent twice, the desk's
      // load paid for a second round of clocks and badges).
      if (status === 'connected' && !wasConnected) {
        const last = opened.last();
        if (connectedBefore || !last || last !== delivered) send(last ?? page.sensor.scanNow());
        // The round trip is for the chip's tooltip: on a page just loaded it waits for its start to pass.
        if (connectedBefore) void measureRoundTrip();
        else whenSettled(ctx, measureRoundTrip);
        connectedBefore = true;
      }
    },
    {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
    },
  );
  startDisplayTick(ctx, store);

  ctx.onInvalidated(() => {
    keys.stop();
    stopPushes();
    page.stop();
  });
}
