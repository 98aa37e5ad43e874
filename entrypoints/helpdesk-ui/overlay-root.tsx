import { useMemo } from 'react';
import { useStore } from 'zustand';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { OverlayPanel } from '../../components/overlay/overlay-panel';
import { placePalette } from '../../components/overlay/palette-placement';
import { TemplatePalette } from '../../components/overlay/template-palette';
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
  insertTemplate(template: Template, fills: Record<string, string>, variant: number): Promise<string | null>;
  pickWording(template: Template): Promise<{ wording: string; variant: number }>;
  closePalette(): void;
  /** The open conversation's customer, for the palette's preview. */
  customerName(): string | null;
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
  // The badges are the first stage's; the queue lists the same clocks.
  const queue = useMemo(
    () =>
      clockItems(Object.values(state.records), state.thresholds, state.followUpSec, state.now).filter(
        (item) => item.state !== 'idle',
      ),
    [state.records, state.thresholds, state.followUpSec, state.now],
  );
  return (
    <I18nProvider locale={resolveLocale(state.language, browserLanguage)}>
      {state.palette && (
        <div
          className="nz-palette-layer"
          style={placePalette(state.palette.anchor, { width: innerWidth, height: innerHeight })}
        >
          <TemplatePalette
            templates={state.palette.templates}
            initialQuery={state.palette.query}
            context={{ name: actions.customerName(), operator: state.operatorName, now: state.now }}
            onInsert={actions.insertTemplate}
            pickWording={actions.pickWording}
            onClose={actions.closePalette}
          />
        </div>
      )}
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
          openUnsure={state.openUnsure}
          onReteach={actions.reteach}
          onToggleDock={state.toggleDock}
        />
      </div>
    </I18nProvider>
  );
}
