// The console's view of the simulation, re-rendered on every change it reports.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';

export function useConversations(sim: GallerySim): readonly GalleryConversation[] {
  const subscribe = useCallback((listener: () => void) => sim.subscribe(listener), [sim]);
  const snapshot = useCallback(() => sim.conversations(), [sim]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** Wall-clock now, refreshed every `everyMs`, for "Today" / "Yesterday" lines. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
