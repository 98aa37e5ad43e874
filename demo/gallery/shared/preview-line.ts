// The one-line last-message preview the chat-style consoles (frame-chat, web-components) share.
import { lastMessage } from './gallery-sim.ts';
import type { GalleryConversation } from './gallery-types.ts';

/** The last message on one line, prefixed with who wrote it when it was not the customer. */
export function previewOf(
  conversation: GalleryConversation,
  labels: { you: string; note: string; bot: string },
): string {
  const message = lastMessage(conversation);
  if (!message) return '';
  const text = message.text.replace(/\s+/g, ' ');
  if (message.author === 'operator') return `${labels.you}: ${text}`;
  if (message.author === 'note') return `${labels.note}: ${text}`;
  if (message.author === 'bot') return `${labels.bot}: ${text}`;
  return text;
}
