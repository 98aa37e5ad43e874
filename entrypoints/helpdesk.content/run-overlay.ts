import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorTracker } from '../../lib/adapters/anchor-tracker';
import { findComposer, findRowElement } from '../../lib/adapters/engine';
import { listenInPageAndFrames } from '../../lib/adapters/frame-listeners';
import { followOpen, openByAddress, type OpenConversation } from '../../lib/adapters/open-memory';
import { createProfileHealth } from '../../lib/adapters/profile-health';
import { createSensor, type Sensor } from '../../lib/adapters/sensor';
import { watchSends } from '../../lib/adapters/send-watcher';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import { clockItems, type ClockItem } from '../../lib/domain/clock-display';
import type { Observation } from '../../lib/domain/observation';
import { shortcutBeforeCaret } from '../../lib/domain/template/shortcut-token';
import { createFirstStageTranslator } from '../../lib/i18n/first-stage-messages';
import { resolveLocale } from '../../lib/i18n/locale';
import { textBeforeCaret } from '../../lib/insert/caret';
import { editableElement } from '../../lib/insert/editable-element';
import { holdTyping } from '../../lib/insert/hold-typing';
import { insertText } from '../../lib/insert/insert-text';
import { request } from '../../lib/messaging/client';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { createOverlayStore, type OverlayState } from '../../lib/state/overlay-store';
import type { OverlayUi } from '../helpdesk-ui/stage';
import { createBadgeLayer } from './badge-layer';
import { playChime } from './chime';
import { loadUiStage } from './load-ui-stage';
import { mountOverlayHost } from './mount-overlay-host';
import { createStatusChip, type StatusChip } from './status-chip';

const COLLAPSED_KEY = 'overlayCollapsed';
const DOCK_KEY = 'overlayDock';

/**
 * The overlay on a recognised helpdesk, first stage: sensor, badges and the
 * chip. The queue panel, the palette and shortcut expansion are the second
 * stage's, loaded the first time the operator asks for one of them.
 */
export async function runOverlay(
  ctx: ContentScriptContext,
  profile: SiteProfile,
  onReteach: () => void,
): Promise<void> {
  const site = location.origin;

  const stored = await browser.storage.local.get([COLLAPSED_KEY, DOCK_KEY]).catch(() => ({}));
  const store = createOverlayStore(Date.now());
  store.setState({ profile: { id: profile.id, name: profile.name } });
  const { [COLLAPSED_KEY]: collapsed, [DOCK_KEY]: dock } = stored as Record<string, unknown>;
  if (typeof collapsed === 'boolean') store.setState({ collapsed });
  if (dock === 'left' || dock === 'right') store.setState({ dock });
  // Remembered for every helpdesk tab (extension storage, not the page's).
  store.subscribe((state, previous) => {
    if (state.collapsed !== previous.collapsed)
      void browser.storage.local.set({ [COLLAPSED_KEY]: state.collapsed });
    if (state.dock !== previous.dock) void browser.storage.local.set({ [DOCK_KEY]: state.dock });
  });

  const report = (error: unknown) => console.warn('Nezabudka:', error);
  const host = mountOverlayHost(ctx);
  const ours = (node: Node) => host.shadowHost.contains(node);

  let last: Observation | null = null;
  /** The open conversation, followed while its chat stays open after its row left the list. */
  let open: OpenConversation | null = null;
  /** Names of the rows seen on this page, by key (memory only): a ticket view hides the list. */
  const seenNames = new Map<string, string | null>();
  const SEEN_NAMES_MAX = 2000;
  /** Now: followed from the page, or, with no list on screen, the one the address names. */
  const openNow = () =>
    (last?.rows.length === 0 && last.open !== 'unsure'
      ? openByAddress({ here: new URL(location.href), base: document.baseURI, seen: seenNames })
      : null) ?? open;

  // The second stage: loaded once, on the first need; it replaces the chip with the panel's own.
  let chip: StatusChip | null = createStatusChip(host.container, {
    onToggle: () => store.getState().toggleCollapsed(),
    onReteach,
  });
  let ui: Promise<OverlayUi> | null = null;
  const needUi = (): Promise<OverlayUi> =>
    (ui ??= loadUiStage().then(
      (stage) => {
        const mounted = stage.mountOverlayUi({
          ctx,
          store,
          profile,
          shadow: host.shadow,
          container: host.container,
          activate,
          reteach: onReteach,
          openNow,
        });
        chip?.replace();
        chip = null;
        return mounted;
      },
      (error: unknown) => {
        ui = null;
        throw error;
      },
    ));

  // What the first stage draws: badges on every change, the chip until the panel takes over.
  const browserLanguage = browser.i18n.getUILanguage();
  let locale = resolveLocale(store.getState().language, browserLanguage);
  let t = createFirstStageTranslator(locale);
  const badges = createBadgeLayer(host.container, { t, locale });
  let items: { from: readonly unknown[]; list: ClockItem[] } = { from: [], list: [] };
  const itemsOf = (state: OverlayState) => {
    const from = [state.records, state.thresholds, state.followUpSec, state.now];
    if (from.some((value, index) => value !== items.from[index]))
      items = {
        from,
        list: clockItems(Object.values(state.records), state.thresholds, state.followUpSec, state.now),
      };
    return items.list;
  };
  const draw = () => {
    drawScheduled = false;
    const state = store.getState();
    const nextLocale = resolveLocale(state.language, browserLanguage);
    if (nextLocale !== locale) {
      locale = nextLocale;
      t = createFirstStageTranslator(locale);
      badges.setLanguage(t, locale);
    }
    const list = itemsOf(state);
    badges.draw(list, state.anchors);
    const queue = list.filter((item) => item.state !== 'idle');
    chip?.draw(
      {
        status: state.status,
        roundTripMs: state.roundTripMs,
        collapsed: state.collapsed,
        dock: state.dock,
        waiting: queue.length,
        urgent: queue.filter((item) => item.state === 'breach' || item.state === 'forgotten').length,
        profile: state.profile,
        lost: state.lost,
        tooHeavy: state.tooHeavy,
        rowsCapped: state.rowsCapped,
        openUnsure: state.openUnsure,
      },
      t,
    );
    // The panel opened (the chip, the keyboard command, a jump to a row not found): the interface is needed.
    if (!state.collapsed || state.missingRow) needUi().catch(report);
  };
  // Several changes in one task are drawn once.
  let drawScheduled = false;
  store.subscribe(() => {
    if (drawScheduled) return;
    drawScheduled = true;
    queueMicrotask(draw);
  });
  draw();

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

  // A desk that changed its markup: say so and offer to teach again, never show nothing.
  const health = createProfileHealth(
    { setTimeout: (callback, ms) => ctx.setTimeout(callback, ms), clearTimeout: (id) => clearTimeout(id) },
    (lost) => store.setState({ lost }),
  );

  const openPalette = () => void needUi().then((loaded) => loaded.openPalette(), report);
  // Typing ";shortcut" then Tab or Space in the reply box (any editor) expands the
  // template in place; one that needs fill-ins opens the palette on it.
  const expandShortcut = (event: KeyboardEvent) => {
    // Every keystroke in the page passes here: look for the composer only on Tab or Space.
    if ((event.key !== 'Tab' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.isComposing) return;
    const found = findComposer(document, profile);
    const editor = found && editableElement(found);
    // The key's own target: a reply box inside a web component is retargeted to its host.
    if (!editor || event.composedPath()[0] !== editor) return;
    const before = textBeforeCaret(editor);
    const word = before === null ? null : shortcutBeforeCaret(before);
    if (!word) return;
    // The key is ours now: neither the browser nor the editor acts on it.
    event.preventDefault();
    event.stopPropagation();
    // Held at once: the operator may type on while the interface loads.
    const hold = holdTyping([window, editor.ownerDocument.defaultView ?? window]);
    const key = event.key === 'Tab' ? '\t' : ' ';
    needUi().then(
      (loaded) => loaded.expandShortcut(editor, word, key, hold),
      async (error: unknown) => {
        report(error);
        // No templates to reach: the key does what it would have done.
        await insertText(editor, key);
        await hold.release(editor);
      },
    );
  };
  const onKey = (event: KeyboardEvent) => {
    // Only the operator's own keys: a page script's synthetic ones never open the palette or expand.
    if (!event.isTrusted) return;
    if (event.altKey && event.shiftKey && event.code === 'KeyT') {
      event.preventDefault();
      openPalette();
    } else expandShortcut(event);
  };
  // In the page and in same-origin frames: a reply box inside an iframe gets the keys there.
  const stopKeys = listenInPageAndFrames(window, [['keydown', onKey as (event: Event) => void]]);
  const send = (observation: Observation) => {
    last = observation;
    for (const row of observation.rows) {
      seenNames.delete(row.key);
      seenNames.set(row.key, row.name);
    }
    while (seenNames.size > SEEN_NAMES_MAX) seenNames.delete(seenNames.keys().next().value!);
    open = followOpen(open, observation);
    request('observe', observation).catch(report);
  };
  // The operator's own Send in the open chat is a reply, bubbles taught or not.
  const sends = watchSends({
    root: document,
    profile,
    lastObservation: () => last,
    onSend: (key) => void request('replySent', { site, key }).catch(report),
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
    },
  });
  const sensor = createSensor({
    root: document,
    profile,
    site,
    ignore: ours,
    onObservation: (observation) => {
      send(observation);
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

  const measureRoundTrip = async () => {
    const sentAt = performance.now();
    try {
      const reply = await request('ping', { sentAt });
      store.setState({ roundTripMs: Math.max(0, Math.round(performance.now() - reply.sentAt)) });
    } catch {
      store.setState({ roundTripMs: null, status: 'offline' });
    }
  };

  let missingTimer: number | undefined;
  function activate(key: string) {
    const row = findRowElement(document, profile, key);
    if (!row) {
      store.setState({
        missingRow: { key, name: store.getState().records[key]?.name ?? null },
        collapsed: false,
      });
      clearTimeout(missingTimer);
      missingTimer = ctx.setTimeout(() => store.setState({ missingRow: null }), 6000);
      return;
    }
    store.setState({ missingRow: null });
    row.scrollIntoView({ block: 'nearest' });
    (row as HTMLElement).click();
  }

  const stop = subscribeToBackground(
    (message) => {
      switch (message.type) {
        case 'settings':
          store.setState({
            language: message.settings.language,
            operatorName: message.settings.operatorName,
          });
          break;
        case 'openPalette':
          openPalette();
          break;
        case 'clocks':
          if (message.clocks.site !== site) break;
          store.getState().receiveClocks(message.clocks, message.replace);
          anchors.schedule();
          break;
        case 'focus':
          store.setState({ focus: message.focus, focusSummary: message.summary });
          break;
        case 'activate':
          activate(message.key);
          break;
        case 'sound':
          playChime();
          break;
        case 'togglePanel':
          store.getState().toggleCollapsed();
          break;
      }
    },
    (status) => {
      const wasConnected = store.getState().status === 'connected';
      store.setState({ status });
      // A restarted background knows nothing of this tab yet: tell it what the page shows.
      if (status === 'connected' && !wasConnected) {
        send(last ?? sensor.scanNow());
        void measureRoundTrip();
      }
    },
    {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
    },
  );

  // The display clock ticks here, from stored instants; nothing is sent per second.
  ctx.setInterval(() => {
    const { records } = store.getState();
    const counting = Object.values(records).some(
      (r) => r.waitingSince !== null || r.awaitingCustomerSince !== null,
    );
    if (counting && !document.hidden) store.setState({ now: Date.now() });
  }, 1000);

  ctx.onInvalidated(() => {
    stopKeys();
    health.stop();
    stop();
    sensor.stop();
    sends.stop();
    anchors.stop();
  });
}
