import { useId } from 'react';
import type { PriorityLevel } from '../../lib/domain/thresholds';
import type { MessageKey } from '../../lib/i18n/messages';
import type { RangePreset } from '../../lib/state/stats-range';
import type { StatsFilters } from '../../lib/state/stats-store';
import { useI18n } from '../i18n/i18n-context';

/** The team view has no range of its own (its files bring one). */
export type FilterValues = Pick<StatsFilters, 'site' | 'priority'> &
  Partial<Pick<StatsFilters, 'preset' | 'custom'>>;

export interface RangeControlsProps {
  filters: FilterValues;
  /** Sites present in the recorded events, for the filter's choices. */
  sites: readonly string[];
  rangeProblem: 'invalid' | 'reversed' | null;
  onChange: (patch: Partial<StatsFilters>) => void;
  /** The team view takes its range from the files, so it shows only the filters. */
  withRange?: boolean;
}

const presetLabels: Record<RangePreset, MessageKey> = {
  today: 'statsRangeToday',
  week: 'statsRangeWeek',
  month: 'statsRangeMonth',
  custom: 'statsRangeCustom',
};

export const priorityLabels: Record<PriorityLevel, MessageKey> = {
  normal: 'statsPriorityNormal',
  priority: 'statsPriorityPriority',
  vip: 'statsPriorityVip',
};

/** The range buttons (today, 7 days, 30 days, custom dates) and the site and priority filters. */
export function RangeControls({
  filters,
  sites,
  rangeProblem,
  onChange,
  withRange = true,
}: RangeControlsProps) {
  const { t } = useI18n();
  const fromId = useId();
  const toId = useId();
  const siteId = useId();
  const priorityId = useId();
  const problemId = useId();
  // A filtered site that has no events in the new range stays choosable.
  const siteChoices = filters.site && !sites.includes(filters.site) ? [filters.site, ...sites] : sites;
  return (
    <div className="nz-stats-controls" data-testid="nz-stats-controls">
      {withRange && filters.preset && filters.custom && (
        <fieldset className="nz-stats-controls__range">
          <legend>{t('statsRange')}</legend>
          <div className="nz-segmented">
            {(Object.keys(presetLabels) as RangePreset[]).map((preset) => (
              <button
                key={preset}
                type="button"
                className="nz-segmented__button"
                aria-pressed={filters.preset === preset}
                onClick={() => onChange({ preset })}
              >
                {t(presetLabels[preset])}
              </button>
            ))}
          </div>
          {filters.preset === 'custom' && (
            <div className="nz-stats-controls__dates">
              <label htmlFor={fromId}>{t('statsFrom')}</label>
              <input
                id={fromId}
                type="date"
                value={filters.custom!.from}
                aria-invalid={rangeProblem !== null}
                aria-describedby={rangeProblem ? problemId : undefined}
                onChange={(event) => onChange({ custom: { ...filters.custom!, from: event.target.value } })}
              />
              <label htmlFor={toId}>{t('statsTo')}</label>
              <input
                id={toId}
                type="date"
                value={filters.custom!.to}
                aria-invalid={rangeProblem !== null}
                aria-describedby={rangeProblem ? problemId : undefined}
                onChange={(event) => onChange({ custom: { ...filters.custom!, to: event.target.value } })}
              />
            </div>
          )}
          {rangeProblem && (
            <p id={problemId} className="nz-error" role="alert">
              {t(rangeProblem === 'invalid' ? 'statsRangeInvalid' : 'statsRangeReversed')}
            </p>
          )}
        </fieldset>
      )}
      <div className="nz-stats-controls__filters">
        <div className="nz-field">
          <label htmlFor={siteId}>{t('statsSite')}</label>
          <select
            id={siteId}
            value={filters.site ?? ''}
            onChange={(event) => onChange({ site: event.target.value || null })}
          >
            <option value="">{t('statsSiteAll')}</option>
            {siteChoices.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </div>
        <div className="nz-field">
          <label htmlFor={priorityId}>{t('statsPriority')}</label>
          <select
            id={priorityId}
            value={filters.priority ?? ''}
            onChange={(event) => onChange({ priority: (event.target.value || null) as PriorityLevel | null })}
          >
            <option value="">{t('statsPriorityAll')}</option>
            {(Object.keys(priorityLabels) as PriorityLevel[]).map((level) => (
              <option key={level} value={level}>
                {t(priorityLabels[level])}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
