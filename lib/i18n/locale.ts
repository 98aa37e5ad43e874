import type { Locale } from '../domain/locale';
import type { LanguageSetting } from '../domain/settings';

/** The interface language: the operator's choice, else the browser's, else English. */
export function resolveLocale(setting: LanguageSetting, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' ? 'ru' : 'en';
}
