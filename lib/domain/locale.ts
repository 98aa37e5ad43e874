/** The languages Nezabudka speaks: its interface, its templates, its clocks. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
