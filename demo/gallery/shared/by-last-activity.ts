// One inbox order for the consoles that sort newest activity first with a newer id on a tie,
// so frame-chat, web-components, react-virtual and routes cannot drift apart.
import { lastMessage } from './gallery-sim.ts';
import type { GalleryConversation } from './gallery-types.ts';

/** When the conversation last moved: its newest message, or 0 when it has none. */
export function lastActivity(conversation: GalleryConversation): number {
  return lastMessage(conversation)?.at ?? 0;
}

/** Newest activity first; a newer (higher) id wins a tie. */
export function byLastActivity(list: readonly GalleryConversation[]): GalleryConversation[] {
  return [...list].sort((a, b) => lastActivity(b) - lastActivity(a) || Number(b.id) - Number(a.id));
}
