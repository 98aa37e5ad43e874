import { createStore } from 'zustand/vanilla';
import type { LanguageSetting } from '../domain/settings';
import type { ConnectionStatus } from '../messaging/port-client';

export interface OverlayState {
  status: ConnectionStatus;
  roundTripMs: number | null;
  language: LanguageSetting;
  collapsed: boolean;
  toggleCollapsed: () => void;
}

/** State of one page's overlay; written by the content script's wiring. */
export function createOverlayStore() {
  return createStore<OverlayState>()((set) => ({
    status: 'connecting',
    roundTripMs: null,
    language: 'auto',
    collapsed: false,
    toggleCollapsed: () => set((state) => ({ collapsed: !state.collapsed })),
  }));
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;
