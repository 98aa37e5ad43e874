// How the inbox summarises sessions: a one-line preview of the last message.
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

/** The last message on one line, prefixed with who wrote it when it was not the customer. */
export function previewOf(
  conversation: GalleryConversation,
  labels: { you: string; noteLabel: string; bot: string },
): string {
  const message = lastMessage(conversation);
  if (!message) return '';
  const text = message.text.replace(/\s+/g, ' ');
  if (message.author === 'operator') return `${labels.you}: ${text}`;
  if (message.author === 'note') return `${labels.noteLabel}: ${text}`;
  if (message.author === 'bot') return `${labels.bot}: ${text}`;
  return text;
}
