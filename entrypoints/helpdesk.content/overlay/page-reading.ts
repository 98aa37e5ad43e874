import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorTracker } from '../../../lib/adapters/anchor-tracker';
import { findRowElement } from '../../../lib/adapters/engine';
import { createProfileHealth } from '../../../lib/adapters/profile-health';
import { createSensor, type Sensor } from '../../../lib/adapters/sensor';
import { watchSends } from '../../../lib/adapters/send-watcher';
import type { SiteProfile } from '../../../lib/adapters/site-profile';
import type { Observation } from '../../../lib/domain/observation';
import type { OverlayStore } from '../../../lib/state/overlay-store';

export interface PageReadingOptions {
  ctx: ContentScriptContext;
  store: OverlayStore;
  profile: SiteProfile;
  site: string;
  /** Our own nodes, never read as the page's. */
  ignore(node: Node): boolean;
  /** The last observation sent, for the Send watcher. */
  lastObservation(): Observation | null;
  /** A scan found something new. */
  onObservation(observation: Observation): void;
  /** The operator sent a reply in this open conversation. */
  onSend(key: string): void;
}

export interface PageReading {
  sensor: Sensor;
  /** The clocks changed: badges placed again at the next frame if other rows need one. */
  placeBadges(): void;
  stop(): void;
}

/**
 * The page as the overlay reads it: the sensor's scans, the operator's own Sends,
 * the rows' places for the badges, and the profile's health (a desk that changed
 * its markup is said so, with teach again at hand — never nothing shown).
 */
export function readPage(options: PageReadingOptions): PageReading {
  const { ctx, store, profile } = options;
  const timers = {
    setTimeout: (callback: () => void, ms: number) => ctx.setTimeout(callback, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  /** The sensor, once it exists (its first scan already places badges). */
  let rowsRead: Pick<Sensor, 'rowElement' | 'paused'> | null = null;
  // Badges follow their rows: re-measured after page changes, scrolls and resizes.
  const anchors = createAnchorTracker({
    root: document,
    profile,
    // Only rows that carry a badge: a waiting customer, or a follow-up to offer.
    keys: () =>
      Object.values(store.getState().records)
        .filter((record) => record.waitingSince !== null || record.awaitingCustomerSince !== null)
        .map((record) => record.key),
    onAnchors: (next) => store.setState({ anchors: next }),
    // The rows the last scan read; a row the page has redrawn since is looked up again, unless
    // scanning stopped for being too slow (the same selectors would be as slow here).
    rowFor: (key) =>
      rowsRead?.rowElement(key) ?? (rowsRead?.paused() ? null : findRowElement(document, profile, key)),
  });
  const health = createProfileHealth(timers, (lost) => store.setState({ lost }));
  // The operator's own Send in the open chat is a reply, bubbles taught or not.
  const sends = watchSends({
    root: document,
    profile,
    lastObservation: options.lastObservation,
    onSend: options.onSend,
    timers,
  });
  const sensor = createSensor({
    root: document,
    profile,
    site: options.site,
    ignore: options.ignore,
    onObservation: (observation) => {
      options.onObservation(observation);
      health.seen(observation.rows.length);
      const openUnsure = observation.open === 'unsure';
      if (store.getState().openUnsure !== openUnsure) store.setState({ openUnsure });
      const notRead = observation.rowsNotRead ?? 0;
      const total = observation.rows.length + notRead;
      if ((store.getState().rowsCapped?.total ?? 0) !== (notRead ? total : 0))
        store.setState({ rowsCapped: notRead ? { read: observation.rows.length, total } : null });
    },
    // Paused for good on this page load: the operator is told, with teach again at hand.
    onPaused: () => store.setState({ tooHeavy: true, collapsed: false }),
    // Same frame as the scan: the page's layout is being read anyway.
    onScan: () => {
      anchors.measureNow();
      sends.refresh();
    },
  });
  rowsRead = sensor;
  return {
    sensor,
    placeBadges: () => anchors.keysChanged(),
    stop() {
      health.stop();
      sensor.stop();
      sends.stop();
      anchors.stop();
    },
  };
}
