import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { OverlayPanel } from '../../components/overlay/overlay-panel';
import { placePalette } from '../../components/overlay/palette-placement';
import { TemplatePalette, type PickedWording } from '../../components/overlay/template-palette';
import type { Template } from '../../lib/domain/template/template';
import { clockItems, type ClockItem } from '../../lib/domain/clock-display';
import type { FocusSummaryEntry } from '../../lib/domain/focus';
import { resolveLocale } from '../../lib/i18n/locale';
import type { OverlayStore } from '../../lib/state/overlay-store';

export interface OverlayActions {
  jump(key: string): void;
  dismiss(key: string): void;
  /** The profile stopped matching: teach this desk again. */
  reteach(): void;
  insertTemplate(
    template: Template,
    fills: Record<string, string>,
    picked: PickedWording,
  ): Promise<string | null>;
  pickWording(template: Template): Promise<PickedWording>;
  closePalette(): void;
  /** The open conversation's customer, for the palette's preview. */
  customerName(): string | null;
  startFocus(minutes: number | null): void;
  stopFocus(): void;
  dismissSummary(): void;
}

const MINUTE_MS = 60_000;

/**
 * The overlay, each part subscribed to the fields it shows (selectors, never the
 * whole store): the once-a-second tick and each scroll re-render the badges and
 * the queue, not the palette the operator is typing in.
 */
export function OverlayRoot({
  store,
  browserLanguage,
  actions,
  withPanel = true,
}: {
  store: OverlayStore;
  browserLanguage: string;
  actions: OverlayActions;
  /** False on a page no profile detects: templates only, no queue. */
  withPanel?: boolean;
}) {
  const language = useStore(store, (state) => state.language);
  return (
    <I18nProvider locale={resolveLocale(language, browserLanguage)}>
      <PaletteLayer store={store} actions={actions} />
      {withPanel && <PanelLayer store={store} actions={actions} />}
    </I18nProvider>
  );
}

/** Every conversation's clock at the display tick. */
function useClockItems(store: OverlayStore): ClockItem[] {
  const { records, thresholds, followUpSec, now } = useStore(
    store,
    useShallow(({ records, thresholds, followUpSec, now }) => ({ records, thresholds, followUpSec, now })),
  );
  return useMemo(
    () => clockItems(Object.values(records), thresholds, followUpSec, now),
    [records, thresholds, followUpSec, now],
  );
}

function PaletteLayer({ store, actions }: { store: OverlayStore; actions: OverlayActions }) {
  const { palette, operatorName } = useStore(
    store,
    useShallow(({ palette, operatorName }) => ({ palette, operatorName })),
  );
  // Greetings and dates change by the hour and the day: the preview needs no second tick.
  const minute = useStore(store, (state) => Math.floor(state.now / MINUTE_MS) * MINUTE_MS);
  if (!palette) return null;
  return (
    <div
      className="nz-palette-layer"
      style={placePalette(palette.anchor, { width: innerWidth, height: innerHeight })}
    >
      <TemplatePalette
        templates={palette.templates}
        initialQuery={palette.query}
        context={{ name: actions.customerName(), operator: operatorName, now: minute }}
        onInsert={actions.insertTemplate}
        pickWording={actions.pickWording}
        onClose={actions.closePalette}
      />
    </div>
  );
}

function PanelLayer({ store, actions }: { store: OverlayStore; actions: OverlayActions }) {
  const items = useClockItems(store);
  const queue = useMemo(() => items.filter((item) => item.state !== 'idle'), [items]);
  const state = useStore(
    store,
    useShallow((state) => ({
      status: state.status,
      roundTripMs: state.roundTripMs,
      collapsed: state.collapsed,
      toggleCollapsed: state.toggleCollapsed,
      focus: state.focus,
      focusSummary: state.focusSummary,
      dock: state.dock,
      missingRow: state.missingRow,
      profile: state.profile,
      lost: state.lost,
      tooHeavy: state.tooHeavy,
      rowsCapped: state.rowsCapped,
      openUnsure: state.openUnsure,
      toggleDock: state.toggleDock,
    })),
  );
  return (
    <div className={`nz-layer nz-layer--${state.dock}`}>
      <OverlayPanel
        status={state.status}
        roundTripMs={state.roundTripMs}
        collapsed={state.collapsed}
        onToggle={state.toggleCollapsed}
        queue={queue}
        focus={state.focus}
        focusSummary={state.focusSummary}
        onJump={(item: ClockItem) => actions.jump(item.key)}
        onJumpToEntry={(entry: FocusSummaryEntry) => actions.jump(entry.key)}
        onStartFocus={actions.startFocus}
        onStopFocus={actions.stopFocus}
        onDismissSummary={actions.dismissSummary}
        dock={state.dock}
        onDismiss={(item: ClockItem) => actions.dismiss(item.key)}
        missingRow={state.missingRow}
        profile={state.profile ?? undefined}
        lost={state.lost}
        tooHeavy={state.tooHeavy}
        rowsCapped={state.rowsCapped}
        openUnsure={state.openUnsure}
        onReteach={actions.reteach}
        onToggleDock={state.toggleDock}
      />
    </div>
  );
}
