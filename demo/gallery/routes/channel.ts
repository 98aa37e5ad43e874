// Which inbox (channel) a conversation came through; the simulation has none,
// so this console assigns one the way a back end would store it: per conversation.
import type { GalleryConversation } from '../shared/gallery-types.ts';
import type { DeskStrings } from './strings.ts';

export function channelOf(conversation: GalleryConversation, strings: DeskStrings): string {
  return Number(conversation.id) % 3 === 0 ? strings.telegram : strings.website;
}
