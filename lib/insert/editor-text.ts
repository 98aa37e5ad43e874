/** Characters editors put in the DOM as fillers, never part of the text. */
const FILLERS = /[\u200b-\u200d\u2060\ufeff]/g;

/** What an editable shows, as comparable text: fillers out, non-breaking spaces as spaces. */
export function shownText(element: HTMLElement): string {
  const text = isField(element) ? element.value : (element.textContent ?? '');
  return text.replace(FILLERS, '').replace(/\u00a0/g, ' ');
}

function isField(element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

/**
 * Whether the editor took `text`: what it shows changed, and shows every line
 * of the text (editors turn line breaks into blocks, so lines are checked one
 * by one).
 */
export function showsInserted(before: string, after: string, text: string): boolean {
  if (after === before) return false;
  const lines = text
    .replace(FILLERS, '')
    .replace(/\u00a0/g, ' ')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.every((line) => after.includes(line));
}

export { FILLERS };
