import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { StatusChip } from '../../components/overlay/status-chip';
import { resolveLocale } from '../../lib/i18n/locale';
import type { OverlayStore } from '../../lib/state/overlay-store';

export function OverlayRoot({ store, browserLanguage }: { store: OverlayStore; browserLanguage: string }) {
  const state = useStore(
    store,
    useShallow(({ status, roundTripMs, language, collapsed, toggleCollapsed }) => ({
      status,
      roundTripMs,
      language,
      collapsed,
      toggleCollapsed,
    })),
  );
  return (
    <I18nProvider locale={resolveLocale(state.language, browserLanguage)}>
      <div className="nz-layer">
        <StatusChip
          status={state.status}
          roundTripMs={state.roundTripMs}
          collapsed={state.collapsed}
          onToggle={state.toggleCollapsed}
        />
      </div>
    </I18nProvider>
  );
}
