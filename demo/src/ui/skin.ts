// The desk's skins (`?skin=`). The default skin is the markup the extension's
// built-in demo-desk profile targets; `alt` is another "vendor's" console over
// the same simulation, with markup that profile does not match.
export const SKINS = ['default', 'alt'] as const;

export type Skin = (typeof SKINS)[number];

export const DEFAULT_SKIN: Skin = 'default';

export function isSkin(value: unknown): value is Skin {
  return SKINS.includes(value as Skin);
}
