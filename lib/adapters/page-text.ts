// Page text as the readers keep it: whitespace collapsed, cut to a length.

export function collapse(text: string | null): string {
  return text ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Cuts to `max` UTF-16 units without leaving half of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Text a person cannot read: a style sheet or script (a web component keeps its styles in its root). */
export function isUnreadText(node: Node): boolean {
  const parent = node.parentElement?.localName;
  return parent === 'style' || parent === 'script' || parent === 'template' || parent === 'noscript';
}
