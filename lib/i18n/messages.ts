import en from '../../assets/public/_locales/en/messages.json';
import ru from '../../assets/public/_locales/ru/messages.json';
import type { Locale } from '../domain/locale';
import { fillIn } from './fill-in';

// The extension's own locale files are the single source of UI text. They are
// bundled too, because browser.i18n cannot switch language at runtime and the
// operator may choose a language other than the browser's.
export type MessageKey = keyof typeof en;
type LocaleFile = Record<MessageKey, { message: string }>;

const files: Record<Locale, LocaleFile> = { en, ru };

/** Words a message; `K` narrows it to the messages a part of the interface may use. */
export type Translate<K extends MessageKey = MessageKey> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

export function createTranslator(locale: Locale): Translate {
  const file = files[locale];
  return (key, params) => {
    return fillIn(file[key]?.message ?? files.en[key]?.message ?? key, params);
  };
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(files[locale]).sort();
}
