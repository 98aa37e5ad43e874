// React's view of the gallery simulation, shared by the React consoles instead of a hook each.
import { useCallback, useSyncExternalStore } from 'react';
import type { GallerySim } from './gallery-sim.ts';
import type { GalleryConversation } from './gallery-types.ts';

/** The sim's conversations, re-rendering on every change it reports. */
export function useConversations(sim: GallerySim): readonly GalleryConversation[] {
  const subscribe = useCallback((listener: () => void) => sim.subscribe(listener), [sim]);
  const snapshot = useCallback(() => sim.conversations(), [sim]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** The conversation the operator has open, or null. */
export function useOpenId(sim: GallerySim): string | null {
  const subscribe = useCallback((listener: () => void) => sim.subscribe(listener), [sim]);
  const snapshot = useCallback(() => sim.openId(), [sim]);
  return useSyncExternalStore(subscribe, snapshot);
}
