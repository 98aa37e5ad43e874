// What a ticket row shows, derived from the conversation: its subject (the first
// customer message) and its status from who spoke last.
import { waitingSince } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

export type TicketStatus = 'open' | 'awaiting' | 'answered';

const SUBJECT_LENGTH = 60;

export function ticketSubject(conversation: GalleryConversation): string {
  const first = conversation.messages.find((message) => message.author === 'customer');
  const text = (first?.text ?? '').replace(/\s+/g, ' ').trim();
  return text.length > SUBJECT_LENGTH ? `${text.slice(0, SUBJECT_LENGTH - 1).trimEnd()}…` : text;
}

/** Open: nobody has replied yet; awaiting: the customer wrote after a reply; answered: the agent spoke last. */
export function ticketStatus(conversation: GalleryConversation): TicketStatus {
  if (waitingSince(conversation) === null) return 'answered';
  return conversation.messages.some((message) => message.author === 'operator') ? 'awaiting' : 'open';
}

export function lastUpdate(conversation: GalleryConversation): number {
  return conversation.messages.at(-1)?.at ?? 0;
}

/** Newest update first, as the default "Recently updated" view sorts. */
export function byLastUpdate(list: readonly GalleryConversation[]): GalleryConversation[] {
  return [...list].sort((a, b) => lastUpdate(b) - lastUpdate(a));
}
