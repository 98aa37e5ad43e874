/**
 * The text a console showed, in one spelling: lowercase, ё as е, any kind of
 * space (no-break, narrow, thin) as one plain space, trimmed; a leading counter in
 * brackets ("[2] 07:25:32", as some consoles title a row) dropped.
 */
export function normalizeShownText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .replace(/^\[\d+\]\s*/, '');
}
