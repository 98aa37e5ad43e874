/**
 * The `;shortcut` the operator just typed, from the text before the caret
 * ("Hello ;refund" → "refund"); null when the text does not end with one.
 */
export function shortcutBeforeCaret(textBeforeCaret: string): string | null {
  const match = /(?:^|\s);([\p{L}\p{N}_-]{1,30})$/u.exec(textBeforeCaret);
  return match ? match[1]! : null;
}
