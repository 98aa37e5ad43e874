import type { Plugin } from 'vite';

// The locale files (assets/public/_locales/*/messages.json) are the browser's, and the
// scripts import them for their texts too. Each entry's `description` is a note for
// translators that no script reads: a tenth of the interface stage and two thirds of a
// kilobyte of the sensor stage, gzipped. The browser's own copies keep them.

const LOCALE_FILE = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;

/** A locale file's entries with their texts alone; anything not a locale file's shape is an error. */
export function messagesOnly(source: string): string {
  const file = JSON.parse(source) as unknown;
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    throw new Error('a locale file is an object of messages');
  const entries = Object.entries(file as Record<string, unknown>).map(([key, entry]) => {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message !== 'string') throw new Error(`the locale entry "${key}" has no message`);
    return [key, { message }] as const;
  });
  return JSON.stringify(Object.fromEntries(entries));
}

/** Strips the descriptions from every locale file a script imports (before Vite's JSON plugin). */
export function localeMessagesOnly(): Plugin {
  return {
    name: 'nezabudka:locale-messages-only',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_FILE.test(id.split('?')[0]!)) return null;
      return { code: messagesOnly(code), map: null };
    },
  };
}
