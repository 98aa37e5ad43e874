import data from './data/preview-labels.json';
import type { Author } from './observation';

const AUTHORS = ['operator', 'note', 'bot'] as const;

const LABELS: readonly { text: string; author: Author }[] = AUTHORS.flatMap((author) =>
  data[author].map((text) => ({ text, author })),
)
  // Longest first: "Internal note:" before a shorter label it might start with.
  .sort((a, b) => b.text.length - a.text.length);

const ICON_WORDS = new Map<string, Author>(
  AUTHORS.flatMap((author) => data.iconWords[author].map((word) => [word, author] as const)),
);

/**
 * Who wrote a row's last message, when the preview starts with a label consoles
 * commonly put there ("You: …", "Вы: …", "Note: …", "✎ …"), and the preview
 * without it. Null when it has none (the customer's own words, usually).
 */
export function previewLabel(preview: string): { author: Author; text: string } | null {
  for (const label of LABELS) {
    if (!preview.startsWith(label.text)) continue;
    const rest = preview.slice(label.text.length);
    if (rest !== '' && !/^\s/.test(rest)) continue; // "Meeting…" is not "Me: "
    return { author: label.author, text: rest.trimStart() };
  }
  return null;
}

/**
 * Who wrote the last message, when the preview starts with an icon instead of a
 * word: a reply arrow, a lock. `names` are what the icon is called in the page
 * (its class, its symbol's id, its label), matched word by word: `icon--reply`,
 * `arrowReply`, "Вы ответили". Null when no word says, or words disagree.
 */
export function previewIconAuthor(names: readonly string[]): Author | null {
  const found = new Set<Author>();
  for (const name of names)
    for (const word of name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}]+/u)) {
      const author = ICON_WORDS.get(word);
      if (author) found.add(author);
    }
  return found.size === 1 ? [...found][0]! : null;
}
