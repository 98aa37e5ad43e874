import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { OwnStatsView } from '../../components/stats/own-stats-view';
import { StatsView } from '../../components/stats/stats-view';
import { TeamView } from '../../components/stats/team-view';
import { computeTeamMetrics, loadTeamFiles } from '../../lib/domain/stats/team';
import { teamSummaryCsv } from '../../lib/domain/stats/team-summary';
import { resolveLocale } from '../../lib/i18n/locale';
import { createTranslator } from '../../lib/i18n/messages';
import { request } from '../../lib/messaging/client';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import { createStatsStore } from '../../lib/state/stats-store';
import { createTeamStore } from '../../lib/state/team-store';
import { downloadFile } from '../../components/download-file';
import '../../components/pages.css';
import '../../components/stats/stats.css';

const { store: settingsStore, browserLanguage } = connectSettingsStore();
const stats = createStatsStore({ getStats: (query) => request('getStats', query), now: () => Date.now() });
void stats.getState().load();
// Events keep arriving while the desk is open elsewhere: count again on coming back.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void stats.getState().load();
});
const team = createTeamStore({ load: loadTeamFiles, compute: computeTeamMetrics, now: () => Date.now() });

function Stats() {
  const settings = useStore(settingsStore, (state) => state.settings);
  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage);
  useDocumentLocale(locale, 'statsTitle');
  // Flat picks: useShallow compares one level, so nested objects are built after.
  const own = useStore(
    stats,
    useShallow(
      ({ preset, custom, site, priority, overview, query, loading, error, rangeProblem, setFilters }) => ({
        preset,
        custom,
        site,
        priority,
        overview,
        query,
        loading,
        error,
        rangeProblem,
        setFilters,
      }),
    ),
  );
  const ownFilters = useMemo(
    () => ({ preset: own.preset, custom: own.custom, site: own.site, priority: own.priority }),
    [own.preset, own.custom, own.site, own.priority],
  );
  const teamState = useStore(
    team,
    useShallow(({ site, priority, team: merged, add, setFilters, reset }) => ({
      site,
      priority,
      merged,
      add,
      setFilters,
      reset,
    })),
  );
  const teamFilters = useMemo(
    () => ({ site: teamState.site, priority: teamState.priority }),
    [teamState.site, teamState.priority],
  );
  // The operator's own template titles, so the usage table names templates as they know them.
  const [titles, setTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    void request('listTemplates', null).then(
      (templates) =>
        setTitles(Object.fromEntries(templates.map((template) => [template.id, template.title]))),
      () => setTitles({}),
    );
  }, []);
  const t = createTranslator(locale);

  return (
    <I18nProvider locale={locale}>
      <StatsView
        mine={
          <OwnStatsView
            filters={ownFilters}
            overview={own.overview}
            loading={own.loading}
            error={own.error}
            rangeProblem={own.rangeProblem}
            templateTitles={titles}
            onFiltersChange={(patch) => void own.setFilters(patch)}
            onExport={async (format, alias) => {
              const query = own.query;
              if (!query)
                return { ok: false, message: t('statsExportFailed', { reason: t('statsRangeInvalid') }) };
              try {
                const file = await request('exportStats', {
                  from: query.from,
                  to: query.to,
                  format,
                  timeZone: query.timeZone,
                  ...(alias ? { alias } : {}),
                  ...(query.site ? { site: query.site } : {}),
                  ...(query.priority ? { priority: query.priority } : {}),
                });
                downloadFile(file.text, file.fileName, file.mimeType);
                return {
                  ok: true,
                  message: t('statsExported', { file: file.fileName, events: file.events }),
                };
              } catch (error) {
                return { ok: false, message: t('statsExportFailed', { reason: (error as Error).message }) };
              }
            }}
            onClear={async () => {
              try {
                await request('clearStats', null);
                await stats.getState().load();
                return null;
              } catch (error) {
                return (error as Error).message;
              }
            }}
            onOpenOptions={() => void browser.runtime.openOptionsPage()}
          />
        }
        team={
          <TeamView
            team={teamState.merged}
            filters={teamFilters}
            templateTitles={titles}
            onFiltersChange={teamState.setFilters}
            onAddFiles={teamState.add}
            onReset={teamState.reset}
            onDownloadSummary={() => {
              if (teamState.merged)
                downloadFile(
                  teamSummaryCsv(teamState.merged),
                  `nezabudka-team-${new Date().toISOString().slice(0, 10)}.csv`,
                  'text/csv',
                );
            }}
          />
        }
      />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Stats />);
