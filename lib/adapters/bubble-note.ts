import { isNoteLabel, namesNoteMode } from '../domain/note-word';
import { collapse } from './page-text';

// Consoles often draw an internal note on the operator's side, in the operator's
// bubble with a different tint (`message--outgoing message--private`, a note
// titled "Internal note"): a taught operator selector then takes notes too, and a
// note would end the customer's wait. What the note itself shows says otherwise.

/** The element holding the bubble's first words; null when they lie in the bubble itself. */
function firstWords(bubble: Element): Element | null {
  const walker = bubble.ownerDocument.createTreeWalker(bubble, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    return node.parentElement === bubble ? null : node.parentElement;
  }
  return null;
}

/** Whether the element is laid out inline (a DOM without styles says ''). */
function isInline(element: Element): boolean {
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
  return display === 'inline' || display === '';
}

/**
 * Whether an operator-looking bubble is an internal note: a class of its own names
 * a note (`message--private`, `msg-note`), or it opens with a note's title on a
 * line of its own ("Private note", "Заметка") above other words — not words set
 * in bold inline ("<b>Note</b> the address") and not a reply that says only "Note".
 */
export function showsAsNote(bubble: Element): boolean {
  if (Array.from(bubble.classList).some(namesNoteMode)) return true;
  let line = firstWords(bubble);
  // Most bubbles open with their message: no style is read for them.
  if (!line || !isNoteLabel(collapse(line.textContent))) return false;
  while (line && line !== bubble && isInline(line)) line = line.parentElement;
  if (!line || line === bubble) return false;
  const label = collapse(line.textContent);
  return isNoteLabel(label) && collapse(bubble.textContent).length > label.length;
}
