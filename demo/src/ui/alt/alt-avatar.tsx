// A rounded-square initials tile: the alt vendor's avatar.
import { memo } from 'react';
import { hueOf, initialsOf } from '../avatar.tsx';
import { ALT } from './alt-classes.ts';

export const AltAvatar = memo(function AltAvatar({ name }: { name: string }) {
  const hue = hueOf(name);
  return (
    <span
      className={ALT.rowAvatar}
      style={{ backgroundColor: `hsl(${hue} 55% 40%)`, color: '#fff' }}
      aria-hidden="true"
    >
      {initialsOf(name)}
    </span>
  );
});

/** The VIP marker: a star with a title, no "VIP" text. */
export function AltStar() {
  return (
    <span className={ALT.star} title="VIP client">
      ★
    </span>
  );
}
