import { createStore } from 'zustand/vanilla';
import type { Settings, SettingsPatch } from '../domain/settings';

export interface SettingsApi {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  load(): Promise<void>;
  save(patch: SettingsPatch): Promise<void>;
  /** A change made elsewhere (another page, the background) arrived. */
  receive(settings: Settings): void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings as seen by an extension page (popup, options). */
export function createSettingsStore(api: SettingsApi) {
  return createStore<SettingsState>()((set) => ({
    settings: null,
    loadError: null,
    saveState: 'idle',
    saveError: null,
    async load() {
      try {
        set({ settings: await api.get(), loadError: null });
      } catch (error) {
        set({ loadError: reason(error) });
      }
    },
    async save(patch) {
      set({ saveState: 'saving', saveError: null });
      try {
        set({ settings: await api.update(patch), saveState: 'saved' });
      } catch (error) {
        set({ saveState: 'error', saveError: reason(error) });
      }
    },
    receive(settings) {
      set({ settings });
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
