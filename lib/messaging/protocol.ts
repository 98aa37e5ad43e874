import type { Settings, SettingsPatch } from '../domain/settings';

/**
 * Every request a content script or extension page can make of the background,
 * with its reply. One map, so a renamed field breaks the build on both sides.
 */
export interface RequestMap {
  ping: { request: { sentAt: number }; response: { sentAt: number; version: string } };
  getSettings: { request: null; response: Settings };
  updateSettings: { request: SettingsPatch; response: Settings };
}

export type RequestType = keyof RequestMap;
export type RequestOf<T extends RequestType> = RequestMap[T]['request'];
export type ResponseOf<T extends RequestType> = RequestMap[T]['response'];

/** Pushed by the background to connected pages and content scripts over a port. */
export type PushMessage = { type: 'settings'; settings: Settings };

export const PORT_NAME = 'nezabudka';

export interface Envelope<T extends RequestType = RequestType> {
  nz: 1;
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends RequestType = RequestType> =
  { ok: true; data: ResponseOf<T> } | { ok: false; error: string };

const requestTypes: ReadonlySet<string> = new Set<RequestType>(['ping', 'getSettings', 'updateSettings']);

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Envelope>;
  return candidate.nz === 1 && typeof candidate.type === 'string' && requestTypes.has(candidate.type);
}
