import en from '../../assets/public/_locales/en/messages.json';
import ru from '../../assets/public/_locales/ru/messages.json';
import type { Locale } from '../domain/locale';

// The extension's own locale files are the single source of UI text. They are
// bundled too, because browser.i18n cannot switch language at runtime and the
// operator may choose a language other than the browser's.
export type MessageKey = keyof typeof en;
type LocaleFile = Record<MessageKey, { message: string }>;

const files: Record<Locale, LocaleFile> = { en, ru };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function createTranslator(locale: Locale): Translate {
  const file = files[locale];
  return (key, params) => {
    const template = file[key]?.message ?? files.en[key]?.message ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(files[locale]).sort();
}
