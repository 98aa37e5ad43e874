import { addDays, format } from 'date-fns';
import { enUS, ru } from 'date-fns/locale';
import type { Locale } from '../locale';

const dateLocales = { ru, en: enUS } as const;

/** "Доброе утро" / "Good morning" by the hour of `now` (local time). */
export function greeting(now: number, locale: Locale): string {
  const hour = new Date(now).getHours();
  if (locale === 'ru') {
    if (hour >= 5 && hour < 12) return 'Доброе утро';
    if (hour >= 12 && hour < 18) return 'Добрый день';
    if (hour >= 18 && hour < 23) return 'Добрый вечер';
    return 'Доброй ночи';
  }
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  if (hour >= 18 && hour < 23) return 'Good evening';
  return 'Hello';
}

/** "25 ноября" (genitive, as Russian dates are read) / "25 November". */
export function dayAndMonth(now: number, offsetDays: number, locale: Locale): string {
  return format(addDays(now, offsetDays), 'd MMMM', { locale: dateLocales[locale] });
}

export function weekday(now: number, offsetDays: number, locale: Locale): string {
  return format(addDays(now, offsetDays), 'EEEE', { locale: dateLocales[locale] });
}

/**
 * "в среду", "во вторник" / "on Wednesday". Russian takes the accusative after
 * «в» (среда → среду) and «во» before «вт».
 */
export function onWeekday(now: number, offsetDays: number, locale: Locale): string {
  const day = weekday(now, offsetDays, locale);
  if (locale === 'en') return `on ${day}`;
  const accusative = day.replace(/а$/, 'у');
  return `${day.startsWith('вт') ? 'во' : 'в'} ${accusative}`;
}
