import { createContext, useContext, type ReactNode } from 'react';
import { createTranslator, type Translate } from '../../lib/i18n/messages';
import type { Locale } from '../../lib/domain/locale';

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en',
  t: createTranslator('en'),
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>{children}</I18nContext.Provider>
  );
}

export function useI18n() {
  return useContext(I18nContext);
}
