// Initials on a soft colour picked from the name, so a customer keeps their colour.
import { memo } from 'react';

const HUES = [212, 262, 330, 18, 145, 188, 38, 290];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** A stable hue for a name (the alt skin colours its avatars the same way). */
export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return HUES[hash % HUES.length] ?? 212;
}

export const Avatar = memo(function Avatar({
  name,
  size = 'md',
}: {
  name: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const hue = hueOf(name);
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ backgroundColor: `hsl(${hue} 70% 92%)`, color: `hsl(${hue} 45% 32%)` }}
      aria-hidden="true"
    >
      {initialsOf(name)}
    </span>
  );
});
