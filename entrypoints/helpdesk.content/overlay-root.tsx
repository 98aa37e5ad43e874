import { useMemo } from 'react';
import { useStore } from 'zustand';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { BadgeLayer } from '../../components/overlay/badge-layer';
import { OverlayPanel } from '../../components/overlay/overlay-panel';
import { clockItems, type ClockItem } from '../../lib/domain/clock-display';
import type { FocusSummaryEntry } from '../../lib/domain/focus';
import { resolveLocale } from '../../lib/i18n/locale';
import type { OverlayStore } from '../../lib/state/overlay-store';

export interface OverlayActions {
  jump(key: string): void;
  dismiss(key: string): void;
  /** The profile stopped matching: teach this desk again. */
  reteach(): void;
  startFocus(minutes: number | null): void;
  stopFocus(): void;
  dismissSummary(): void;
}

export function OverlayRoot({
  store,
  browserLanguage,
  actions,
}: {
  store: OverlayStore;
  browserLanguage: string;
  actions: OverlayActions;
}) {
  const state = useStore(store);
  const items = useMemo(
    () => clockItems(Object.values(state.records), state.thresholds, state.followUpSec, state.now),
    [state.records, state.thresholds, state.followUpSec, state.now],
  );
  const queue = useMemo(() => items.filter((item) => item.state !== 'idle'), [items]);
  return (
    <I18nProvider locale={resolveLocale(state.language, browserLanguage)}>
      <BadgeLayer items={items} anchors={state.anchors} />
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
          onReteach={actions.reteach}
          onToggleDock={state.toggleDock}
        />
      </div>
    </I18nProvider>
  );
}
