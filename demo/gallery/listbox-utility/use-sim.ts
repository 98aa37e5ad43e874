// React's view of the gallery simulation (the inbox's "back end").
import { useSyncExternalStore } from 'react';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

export function useConversations(sim: GallerySim): readonly GalleryConversation[] {
  return useSyncExternalStore(
    (listener) => sim.subscribe(listener),
    () => sim.conversations(),
  );
}

export function useOpenId(sim: GallerySim): string | null {
  return useSyncExternalStore(
    (listener) => sim.subscribe(listener),
    () => sim.openId(),
  );
}
