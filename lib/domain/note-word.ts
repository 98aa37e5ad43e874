import data from './data/note-words.json';

/**
 * Whether a class name or attribute value names a console's internal-note mode
 * (`reply-box--private`, `composer-note`, `noteMode`, `data-mode="note"`).
 */
export function namesNoteMode(text: string): boolean {
  const lower = text.toLowerCase();
  return data.words.some((word) => lower.includes(word));
}

/** Whether a short text is the title a console puts atop a note ("Private note", "Внутренняя заметка:"). */
export function isNoteLabel(text: string): boolean {
  const label = text.trim().replace(/\s*:$/, '').replace(/\s+/g, ' ').toLowerCase();
  return data.labels.includes(label);
}
