import { useMemo } from 'react';
import { format } from 'date-fns';
import { enUS, ru } from 'date-fns/locale';
import { formatWait } from '../../lib/domain/format-wait';
import type { Locale } from '../../lib/domain/locale';
import { useI18n } from '../i18n/i18n-context';

export interface StatsFormat {
  /** A duration in milliseconds, as the badges show waits ("4:12", "1 h 05 min"). */
  duration(ms: number): string;
  /** A local calendar day from "YYYY-MM-DD" ("12 Mar"). */
  day(date: string): string;
  /** An instant, local ("12 Mar, 14:05"). */
  instant(at: number): string;
  percent(rate: number): string;
  number(value: number): string;
}

/** Formatting of figures in the interface language; one object per locale. */
export function createStatsFormat(locale: Locale): StatsFormat {
  const dateLocale = locale === 'ru' ? ru : enUS;
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US');
  const percent = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 1 });
  return {
    duration: (ms) => formatWait(Math.round(ms / 1000), locale),
    day: (date) => {
      const [year, month, day] = date.split('-').map(Number);
      return format(new Date(year!, month! - 1, day!), 'd MMM', { locale: dateLocale });
    },
    instant: (at) => format(at, 'd MMM, HH:mm', { locale: dateLocale }),
    percent: (rate) => percent.format(rate * 100),
    number: (value) => numbers.format(value),
  };
}

/** The page's formats, stable while the language stays (charts redraw only on change). */
export function useStatsFormat(): StatsFormat {
  const { locale } = useI18n();
  return useMemo(() => createStatsFormat(locale), [locale]);
}
