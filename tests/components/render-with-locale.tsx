import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../components/i18n/i18n-context';
import type { Locale } from '../../lib/domain/locale';

export function renderIn(locale: Locale, ui: ReactElement) {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}
