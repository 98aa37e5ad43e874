import { clockItems, type ClockItem } from '../../../lib/domain/clock-display';
import { createFirstStageTranslator } from '../../../lib/i18n/first-stage-messages';
import { resolveLocale } from '../../../lib/i18n/locale';
import type { OverlayState, OverlayStore } from '../../../lib/state/overlay-store';
import { createBadgeLayer } from '../badge-layer';
import { createStatusChip, type StatusChip } from '../status-chip';

export interface FirstStageDisplayOptions {
  store: OverlayStore;
  container: HTMLElement;
  onReteach(): void;
  /** The panel was opened (the chip, the keyboard command, a jump to a row not found). */
  onPanelWanted(): void;
}

export interface FirstStageDisplay {
  /** The interface's panel draws its own chip from now on. */
  handOverChip(): void;
}

/**
 * What the first stage draws: badges on every change, the chip until the
 * interface's panel takes over. Several changes in one task are drawn once.
 */
export function drawFirstStage(options: FirstStageDisplayOptions): FirstStageDisplay {
  const { store } = options;
  let chip: StatusChip | null = createStatusChip(options.container, {
    onToggle: () => store.getState().toggleCollapsed(),
    onReteach: options.onReteach,
  });
  // The background's greeting says the browser's language (asking the i18n API here cost every
  // load its first use); until it comes, the page's own language preference stands in.
  const localeOf = (state: OverlayState) =>
    resolveLocale(state.language, state.browserLanguage ?? navigator.language);
  let locale = localeOf(store.getState());
  let t = createFirstStageTranslator(locale);
  const badges = createBadgeLayer(options.container, { t, locale });
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
  let drawScheduled = false;
  const draw = () => {
    drawScheduled = false;
    const state = store.getState();
    const nextLocale = localeOf(state);
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
    if (!state.collapsed || state.missingRow) options.onPanelWanted();
  };
  store.subscribe(() => {
    if (drawScheduled) return;
    drawScheduled = true;
    queueMicrotask(draw);
  });
  draw();
  return {
    handOverChip() {
      chip?.replace();
      chip = null;
    },
  };
}
