// List order: last activity first, the default sort of this family.
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

export function byLastActivity(conversations: readonly GalleryConversation[]): GalleryConversation[] {
  return [...conversations].sort(
    (a, b) => (lastMessage(b)?.at ?? 0) - (lastMessage(a)?.at ?? 0) || Number(b.id) - Number(a.id),
  );
}
