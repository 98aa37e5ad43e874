// Defaults and bounds shared by the URL parser, the controls and the engine.

export type Speed = 0 | 1 | 10 | 60;

export const SPEEDS: readonly Speed[] = [0, 1, 10, 60];
export const DEFAULT_SEED = 7;
export const DEFAULT_CHATS = 12;
export const MIN_CHATS = 1;
export const MAX_CHATS = 200;
export const DEFAULT_SPEED: Speed = 1;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export function isSpeed(value: unknown): value is Speed {
  return SPEEDS.includes(value as Speed);
}

/** Any number becomes a usable chat count; garbage becomes the default. */
export function clampChats(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_CHATS;
  return Math.min(MAX_CHATS, Math.max(MIN_CHATS, Math.round(value)));
}

/** Seeds are unsigned 32-bit integers; garbage becomes the default. */
export function normalizeSeed(value: number): number {
  if (!Number.isFinite(value) || value < 0) return DEFAULT_SEED;
  return Math.floor(value) >>> 0;
}
