import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorTracker } from '../../lib/adapters/anchor-tracker';
import { findComposer, findRowElement } from '../../lib/adapters/engine';
import { renderTemplate } from '../../lib/domain/template/render';
import { shortcutBeforeCaret } from '../../lib/domain/template/shortcut-token';
import type { Template } from '../../lib/domain/template/template';
import { resolveLocale } from '../../lib/i18n/locale';
import { createTranslator } from '../../lib/i18n/messages';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { rememberCaret, type CaretMemory } from '../../lib/insert/caret-memory';
import { textBeforeCaret } from '../../lib/insert/caret';
import { editableElement, isTextField } from '../../lib/insert/editable-element';
import { deepActiveElement } from '../../lib/insert/focus';
import { listenInPageAndFrames } from '../../lib/adapters/frame-listeners';
import { followOpen, openByAddress, type OpenConversation } from '../../lib/adapters/open-memory';
import { isShown } from '../../lib/adapters/is-shown';
import { holdTyping, type TypingHold } from '../../lib/insert/hold-typing';
import { selectionSynced } from '../../lib/insert/settle';
import { moveCaretBack } from '../../lib/insert/caret';
import { insertText } from '../../lib/insert/insert-text';
import { replaceBeforeCaret } from '../../lib/insert/replace-before-caret';
import { createProfileHealth } from '../../lib/adapters/profile-health';
import { createSensor, type Sensor } from '../../lib/adapters/sensor';
import { watchSends } from '../../lib/adapters/send-watcher';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import type { Observation } from '../../lib/domain/observation';
import { request } from '../../lib/messaging/client';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { createOverlayStore } from '../../lib/state/overlay-store';
import { playChime } from './chime';
import { keepPaletteFocus } from './keep-palette-focus';
import { mountReactUi } from './mount-react-ui';
import { OverlayRoot, type OverlayActions } from './overlay-root';

const COLLAPSED_KEY = 'overlayCollapsed';
const DOCK_KEY = 'overlayDock';

/** The overlay on a recognised helpdesk: sensor, badges, queue, focus. */
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
  const actions: OverlayActions = {
    jump: (key) => activate(key),
    reteach: onReteach,
    customerName: () => openNow()?.name ?? null,
    pickWording: (template) => request('pickTemplateWording', { id: template.id, site, key: openKey() }),
    insertTemplate: async (template, fills, variant) => {
      // The profile's reply box; without one, the box the operator was typing in (a ticket view).
      const composer = findComposer(document, profile) ?? typingIn;
      if (!composer || !composer.isConnected) return createTranslator(currentLocale())('paletteNoComposer');
      // From Enter on, what the operator types goes after the template; any way out but a release drops it.
      const hold = holdFor(composer);
      try {
        const { wording } = await request('useTemplate', { id: template.id, site, key: openKey(), variant });
        const state = store.getState();
        const rendered = renderTemplate(wording, {
          name: actions.customerName(),
          operator: state.operatorName,
          fills,
          now: Date.now(),
          locale: template.language,
        });
        // The guard: nothing unresolved ever reaches the customer.
        const blocking = rendered.missing[0];
        if (blocking) return unresolvedMessage(blocking, createTranslator(currentLocale()));
        const token = paletteToken;
        closePalette();
        // The caret is back where the operator left it: the editor reads it before the text goes in.
        const inserted =
          (token && (await replaceBeforeCaret(composer, token, rendered.text))) ||
          (await insertText(composer, rendered.text, { selectionMoved: true }));
        if (!inserted) console.warn('Nezabudka: the reply box did not take the template');
        else await finishInsertion(composer, rendered, hold);
        return null;
      } finally {
        hold.cancel();
      }
    },
    closePalette: () => closePalette(),
    dismiss: (key) => void request('dismiss', { site, key }).catch(report),
    startFocus: (minutes) => void request('startFocus', { minutes }).catch(report),
    stopFocus: () => void request('stopFocus', null).catch(report),
    dismissSummary: () => void request('dismissFocusSummary', null).catch(report),
  };

  const ui = await mountReactUi(
    ctx,
    'nezabudka-overlay',
    <OverlayRoot store={store} browserLanguage={browser.i18n.getUILanguage()} actions={actions} />,
  );
  const ours = (node: Node) => ui.shadowHost.contains(node);
  const stopKeepingFocus = keepPaletteFocus({
    doc: document,
    overlay: ui.shadow,
    isOpen: () => store.getState().palette !== null,
    searchField: () => ui.shadow.querySelector<HTMLElement>('[data-testid="nz-palette"] [role="combobox"]'),
    onLeave: () => closePalette(false),
  });

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

  let last: Observation | null = null;
  let caretBeforePalette: CaretMemory | null = null;
  /** The typed `;shortcut` the palette was opened on: the chosen template replaces it. */
  let paletteToken: string | null = null;
  /** The open conversation, followed while its chat stays open after its row left the list. */
  let open: OpenConversation | null = null;
  /** Names of the rows seen on this page, by key (memory only): a ticket view hides the list. */
  const seenNames = new Map<string, string | null>();
  const SEEN_NAMES_MAX = 2000;
  /** The editable the operator was in when the palette opened. */
  let typingIn: HTMLElement | null = null;
  /** Now: followed from the page, or, with no list on screen, the one the address names. */
  const openNow = () =>
    (last?.rows.length === 0 && last.open !== 'unsure'
      ? openByAddress({ here: new URL(location.href), base: document.baseURI, seen: seenNames })
      : null) ?? open;
  const openKey = () => openNow()?.key ?? '';
  const currentLocale = () => resolveLocale(store.getState().language, browser.i18n.getUILanguage());
  function openPalette(query = '', token: string | null = null) {
    if (store.getState().palette) return;
    paletteToken = token;
    const active = deepActiveElement(document, [ui.shadow]);
    caretBeforePalette = active instanceof HTMLElement ? rememberCaret(active) : null;
    const editable = active instanceof HTMLElement ? editableElement(active) : null;
    typingIn = editable && isShown(editable) ? editable : null;
    const composer = findComposer(document, profile);
    // Beside the reply box; a box inside a frame has the frame's coordinates, so centre instead.
    const box = composer?.ownerDocument === document ? composer.getBoundingClientRect() : null;
    const anchor = box && { left: box.left, top: box.top, width: box.width, height: box.height };
    store.setState({ palette: { templates: null, query, anchor } });
    request('listTemplates', null).then((templates) => {
      const palette = store.getState().palette;
      if (palette) store.setState({ palette: { ...palette, templates } });
    }, report);
  }
  /**
   * Closes the palette and gives focus back to where the operator was (usually
   * the composer) — unless they already clicked somewhere else.
   */
  function closePalette(restoreCaret = true) {
    store.setState({ palette: null });
    if (restoreCaret) caretBeforePalette?.restore();
    caretBeforePalette = null;
    paletteToken = null;
  }
  /** Holds keys in the page and in the reply box's frame while a template goes in. */
  const holdFor = (composer: HTMLElement) =>
    holdTyping([window, composer.ownerDocument.defaultView ?? window]);
  /** The caret to the template's {cursor} (read by the editor first), then what the operator typed meanwhile. */
  async function finishInsertion(
    editor: HTMLElement,
    rendered: { text: string; cursor: number | null },
    hold: TypingHold,
  ) {
    // A {cursor} at the very end is where the caret already is.
    if (rendered.cursor !== null && rendered.cursor < rendered.text.length) {
      moveCaretBack(editor, rendered.text.slice(rendered.cursor));
      const view = editor.ownerDocument.defaultView;
      if (view && !isTextField(editableElement(editor) ?? editor)) await selectionSynced(view);
    }
    await hold.release(editor);
  }
  // The in-page shortcut, for when the browser's command is not bound: Alt+Shift+T.
  // Typing ";shortcut" then Tab or Space in the reply box (any editor) expands the
  // template in place; one that needs fill-ins opens the palette on it.
  let shortcuts: Promise<Template[]> | null = null;
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
    const hold = holdFor(editor);
    const key = event.key === 'Tab' ? '\t' : ' ';
    shortcuts ??= request('listTemplates', null).catch(() => []);
    void shortcuts
      .then(async (templates) => {
        shortcuts = null; // read fresh next time: the library may change meanwhile
        const template = templates.find((candidate) => candidate.shortcut === word);
        if (!template) {
          await insertText(editor, key);
          return hold.release(editor);
        }
        const { wording, variant } = await request('pickTemplateWording', {
          id: template.id,
          site,
          key: openKey(),
        });
        const rendered = renderTemplate(wording, {
          name: actions.customerName(),
          operator: store.getState().operatorName,
          fills: {},
          now: Date.now(),
          locale: template.language,
        });
        if (rendered.missing.length > 0) {
          hold.cancel(); // the palette takes the keys from here
          return void openPalette(`;${word}`, `;${word}`);
        }
        if (await replaceBeforeCaret(editor, `;${word}`, rendered.text)) {
          await finishInsertion(editor, rendered, hold);
          await request('useTemplate', { id: template.id, site, key: openKey(), variant });
        } else await hold.release(editor);
      })
      .catch(report)
      .finally(() => hold.cancel());
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
    const row = findRowElement(document, profile!, key);
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
    stopKeepingFocus();
    health.stop();
    stop();
    sensor.stop();
    sends.stop();
    anchors.stop();
  });
}
