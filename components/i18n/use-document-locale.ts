import { useEffect } from 'react';
import type { Locale } from '../../lib/domain/locale';
import { createTranslator, type MessageKey } from '../../lib/i18n/messages';

/** Keeps an extension page's `lang` and title in the interface language (screen readers use both). */
export function useDocumentLocale(locale: Locale, titleKey: MessageKey) {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = createTranslator(locale)(titleKey);
  }, [locale, titleKey]);
}
