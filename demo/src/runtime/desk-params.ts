// The desk's URL parameters. Anything unknown or malformed falls back to the
// default: a typo in a test URL must never break the page.
import {
  clampChats,
  DEFAULT_CHATS,
  DEFAULT_SEED,
  DEFAULT_SPEED,
  isSpeed,
  normalizeSeed,
  type Speed,
} from '../sim/desk-limits.ts';
import type { Lang } from '../sim/types.ts';
import { DEFAULT_COMPOSER, isComposerKind, type ComposerKind } from '../ui/composers/composer-kind.ts';
import { DEFAULT_SKIN, isSkin, type Skin } from '../ui/skin.ts';

export interface DeskParams {
  readonly seed: number;
  readonly chats: number;
  readonly speed: Speed;
  readonly composer: ComposerKind;
  /** Language of the desk's own interface (customers write in either). */
  readonly lang: Lang;
  /** Which operator console renders the desk: `default` or `alt` (another vendor's markup). */
  readonly skin: Skin;
}

/** The parameters that restart or retime the simulation. */
export type SimParams = Pick<DeskParams, 'seed' | 'chats' | 'speed'>;

const INTEGER = /^\s*[+-]?\d+\s*$/;

function integerParam(raw: string | null): number | undefined {
  return raw !== null && INTEGER.test(raw) ? Number(raw) : undefined;
}

export function parseDeskParams(search: string): DeskParams {
  const query = new URLSearchParams(search);
  const seed = integerParam(query.get('seed'));
  const chats = integerParam(query.get('chats'));
  const speed = integerParam(query.get('speed'));
  const composer = query.get('composer');
  const lang = query.get('lang');
  const skin = query.get('skin');
  return {
    seed: seed === undefined ? DEFAULT_SEED : normalizeSeed(seed),
    chats: chats === undefined ? DEFAULT_CHATS : clampChats(chats),
    speed: isSpeed(speed) ? speed : DEFAULT_SPEED,
    composer: isComposerKind(composer) ? composer : DEFAULT_COMPOSER,
    lang: lang === 'en' || lang === 'ru' ? lang : 'ru',
    skin: isSkin(skin) ? skin : DEFAULT_SKIN,
  };
}

/** `search` with the sim parameters replaced; every other parameter is kept. */
export function withSimParams(search: string, params: SimParams): string {
  const query = new URLSearchParams(search);
  query.set('seed', String(params.seed));
  query.set('chats', String(params.chats));
  query.set('speed', String(params.speed));
  return `?${query.toString()}`;
}
