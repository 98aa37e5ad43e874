// The dialog list's summaries: a one-line preview, and HTML escaping for the
// string templates.
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

/** The last message on one line; the operator's own and notes are marked. */
export function previewOf(
  conversation: GalleryConversation,
  labels: { you: string; noteMark: string; bot: string },
): string {
  const message = lastMessage(conversation);
  if (!message) return '';
  const text = message.text.replace(/\s+/g, ' ');
  if (message.author === 'operator') return `${labels.you}: ${text}`;
  if (message.author === 'note') return `${labels.noteMark}: ${text}`;
  if (message.author === 'bot') return `${labels.bot}: ${text}`;
  return text;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
