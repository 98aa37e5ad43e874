// Escaping for consoles that stamp string templates into innerHTML (numeric entities).

/** `&`, `<`, `>`, `"` and `'` as numeric character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
