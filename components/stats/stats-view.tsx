import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

export type StatsTab = 'mine' | 'team';
const tabs: StatsTab[] = ['mine', 'team'];

export interface StatsViewProps {
  mine: ReactNode;
  team: ReactNode;
  initialTab?: StatsTab;
}

/** The stats page: a heading and two tabs, the operator's own figures and the team's merged files. */
export function StatsView({ mine, team, initialTab = 'mine' }: StatsViewProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<StatsTab>(initialTab);
  const buttons = useRef<Partial<Record<StatsTab, HTMLButtonElement | null>>>({});
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes into the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
    setTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <main className="nz-stats">
      <h1>{t('statsTitle')}</h1>
      <div role="tablist" aria-label={t('statsTabs')} className="nz-tabs" onKeyDown={onKeyDown}>
        {tabs.map((id) => (
          <button
            key={id}
            ref={(element) => {
              buttons.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`nz-stats-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`nz-stats-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="nz-tabs__tab"
            onClick={() => setTab(id)}
          >
            {t(id === 'mine' ? 'statsTabMine' : 'statsTabTeam')}
          </button>
        ))}
      </div>
      {tabs.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`nz-stats-panel-${id}`}
          aria-labelledby={`nz-stats-tab-${id}`}
          hidden={tab !== id}
          data-testid={`nz-stats-panel-${id}`}
        >
          {/* The team panel stays mounted so loaded files survive a look at one's own figures. */}
          {id === 'mine' ? mine : team}
        </div>
      ))}
      <p className="nz-hint">{t('optionsPrivacy')}</p>
    </main>
  );
}
