import data from './data/preview-labels.json';
import type { Author } from './observation';

const LABELS: readonly { text: string; author: Author }[] = (['operator', 'note', 'bot'] as const)
  .flatMap((author) => data[author].map((text) => ({ text, author })))
  // Longest first: "Internal note:" before a shorter label it might start with.
  .sort((a, b) => b.text.length - a.text.length);

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
